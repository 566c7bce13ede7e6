import { getCurrentUser } from "@/lib/auth/session";
import { jsonResponse, readJson } from "@/lib/server/http-json";
import { recordRating } from "@/lib/review/data";

export const dynamic = "force-dynamic";

/** Records one rating for the signed-in learner; idempotent on the body's reviewId. */
export async function POST(request: Request) {
  // The session before the body: a signed-out client may not make the server read, let alone parse, anything.
  if (!(await getCurrentUser())) return jsonResponse({ error: "sign in to save reviews" }, 401);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const outcome = await recordRating(body.value);
  return jsonResponse(outcome.body, outcome.status);
}
