import { signedInUser } from "@/lib/auth/session";
import { readLargeJson } from "@/lib/server/http-json";
import { respond } from "@/lib/server/respond";
import { importMyData, SIGNED_OUT_IMPORT } from "@/lib/review/transfer";
import { MAX_IMPORT_BYTES, parseImport } from "@/lib/review/transfer-schema";

export const dynamic = "force-dynamic";

/**
 * Merges an export (from this or another Gradwise) into the signed-in account and reports what it did. With
 * `?preview=1` it reports what it would do and writes nothing; the same handler, so a preview passes every check an
 * import does.
 */
export function POST(request: Request) {
  return respond(async () => {
    // The session before the body: 32 MiB read and parsed for a signed-out client froze the server for seconds.
    await signedInUser(SIGNED_OUT_IMPORT);
    const preview = new URL(request.url).searchParams.get("preview") === "1";
    const body = await readLargeJson(request, MAX_IMPORT_BYTES);
    if (!body.ok) return body.response;
    return importMyData(await parseImport(body.value), new Date(), { preview });
  });
}
