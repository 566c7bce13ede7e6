import { jsonResponse, readJson } from "@/lib/http-json";
import { undoRating } from "@/lib/review/data";

export const dynamic = "force-dynamic";

/** Undoes the learner's latest rating of an item (ts-fsrs rollback). */
export async function POST(request: Request) {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const outcome = await undoRating(body.value);
  return jsonResponse(outcome.body, outcome.status);
}
