import { getCurrentUser } from "@/lib/auth/session";
import { jsonResponse, readJson } from "@/lib/server/http-json";
import { undoRating } from "@/lib/review/data";

export const dynamic = "force-dynamic";

/** Undoes the learner's latest rating of an item (ts-fsrs rollback). */
export async function POST(request: Request) {
  // The session before the body, as on every signed-in route.
  if (!(await getCurrentUser())) return jsonResponse({ error: "sign in to change reviews" }, 401);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const outcome = await undoRating(body.value);
  return jsonResponse(outcome.body, outcome.status);
}
