import { jsonResponse } from "@/lib/http-json";
import { exerciseSolution } from "@/lib/exercises/service";

export const dynamic = "force-dynamic";

// The worked solution of one instance, fetched by the exercise page after a check. It depends only on the content
// and the seed, so the browser may keep it for an hour: re-checking the same numbers does not fetch it again.
export async function GET(request: Request, ctx: RouteContext<"/api/exercises/[id]/solution">) {
  const { id } = await ctx.params;
  const outcome = await exerciseSolution(id, new URL(request.url).searchParams.get("seed"));
  return jsonResponse(outcome.body, outcome.status, outcome.status === 200 ? "private, max-age=3600" : "no-store");
}
