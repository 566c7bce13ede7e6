import { readJson } from "@/lib/http-json";
import { recordRating } from "@/lib/review/data";

export const dynamic = "force-dynamic";

/**
 * A rating's answer is ~100 bytes. Sent with its length, the server's gzip skips it (it compresses only bodies of
 * 1 KB or more, and without a length it cannot tell): a gzip stream per rating cost more CPU than a database query.
 */
function sizedJsonResponse(body: unknown, status: number): Response {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  // The same headers as jsonResponse (lib/http-json.ts), plus the length.
  return new Response(bytes, {
    status,
    headers: {
      "content-type": "application/json",
      "Cache-Control": "no-store",
      "Content-Length": String(bytes.byteLength),
    },
  });
}

/** Records one rating for the signed-in learner; idempotent on the body's reviewId. */
export async function POST(request: Request) {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const outcome = await recordRating(body.value);
  return sizedJsonResponse(outcome.body, outcome.status);
}
