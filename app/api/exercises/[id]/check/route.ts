import { jsonResponse, readJson } from "@/lib/server/http-json";
import { checkExercise } from "@/lib/review/exercise-check";

export const dynamic = "force-dynamic";

// The HTTP face of the authoritative check: the browser posts here after its own instant check.
export async function POST(request: Request, ctx: RouteContext<"/api/exercises/[id]/check">) {
  const { id } = await ctx.params;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const outcome = await checkExercise(id, body.value);
  return jsonResponse(outcome.body, outcome.status);
}
