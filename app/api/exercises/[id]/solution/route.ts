import { respond } from "@/lib/server/respond";
import { exerciseOrThrow, exerciseSolution, parseSolutionQuery } from "@/lib/review/exercise-check";

export const dynamic = "force-dynamic";

// The worked solution of one instance, fetched by the exercise page after a check. It depends only on the numbers,
// which the page names in the URL (seed and `instance`, their fingerprint), so the browser may keep it for an hour:
// re-checking the same numbers does not fetch it again, and numbers changed by an update get a new URL.
export async function GET(request: Request, ctx: RouteContext<"/api/exercises/[id]/solution">) {
  const { id } = await ctx.params;
  const query = new URL(request.url).searchParams;
  return respond(
    async () => {
      const exercise = await exerciseOrThrow(id);
      return exerciseSolution(id, exercise, parseSolutionQuery(query.get("seed"), query.get("instance")));
    },
    { cacheControl: "private, max-age=3600" },
  );
}
