import { jsonResponse } from "@/lib/server/http-json";
import { exerciseSolution } from "@/lib/review/exercise-check";

export const dynamic = "force-dynamic";

// The worked solution of one instance, fetched by the exercise page after a check. It depends only on the numbers,
// which the page names in the URL (seed and `instance`, their fingerprint), so the browser may keep it for an hour:
// re-checking the same numbers does not fetch it again, and numbers changed by an update get a new URL.
export async function GET(request: Request, ctx: RouteContext<"/api/exercises/[id]/solution">) {
  const { id } = await ctx.params;
  const query = new URL(request.url).searchParams;
  const outcome = await exerciseSolution(id, query.get("seed"), query.get("instance"));
  return jsonResponse(outcome.body, outcome.status, outcome.status === 200 ? "private, max-age=3600" : "no-store");
}
