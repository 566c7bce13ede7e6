import { jsonResponse, readJson } from "@/lib/http-json";
import { importMyData } from "@/lib/review/transfer";
import { MAX_IMPORT_BYTES } from "@/lib/review/transfer-schema";

export const dynamic = "force-dynamic";

/** Merges an export (from this or another Gradwise) into the signed-in account and reports what it did. */
export async function POST(request: Request) {
  const body = await readJson(request, MAX_IMPORT_BYTES);
  if (!body.ok) return body.response;
  const outcome = await importMyData(body.value);
  return jsonResponse(outcome.body, outcome.status);
}
