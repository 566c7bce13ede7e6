import { getCurrentUser } from "@/lib/auth/session";
import { jsonResponse, readLargeJson } from "@/lib/server/http-json";
import { importMyData } from "@/lib/review/transfer";
import { MAX_IMPORT_BYTES } from "@/lib/review/transfer-schema";

export const dynamic = "force-dynamic";

/**
 * Merges an export (from this or another Gradwise) into the signed-in account and reports what it did. With
 * `?preview=1` it reports what it would do and writes nothing; the same handler, so a preview passes every check an
 * import does.
 */
export async function POST(request: Request) {
  // The session before the body: 32 MiB read and parsed for a signed-out client froze the server for seconds.
  if (!(await getCurrentUser())) return jsonResponse({ error: "sign in to import" }, 401);
  const preview = new URL(request.url).searchParams.get("preview") === "1";
  const body = await readLargeJson(request, MAX_IMPORT_BYTES);
  if (!body.ok) return body.response;
  const outcome = await importMyData(body.value, new Date(), { preview });
  return jsonResponse(outcome.body, outcome.status);
}
