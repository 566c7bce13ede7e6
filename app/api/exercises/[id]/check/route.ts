import { readJson } from "@/lib/server/http-json";
import { respond } from "@/lib/server/respond";
import { exerciseOrThrow, gradeExercise, parseCheckRequest } from "@/lib/review/exercise-check";

export const dynamic = "force-dynamic";

// The HTTP face of the authoritative check: the browser posts here after its own instant check.
export async function POST(request: Request, ctx: RouteContext<"/api/exercises/[id]/check">) {
  const { id } = await ctx.params;
  return respond(async () => {
    const body = await readJson(request);
    if (!body.ok) return body.response;
    // An unknown exercise is a 404 whatever the body holds, as it always was.
    const exercise = await exerciseOrThrow(id);
    return gradeExercise(id, exercise, parseCheckRequest(body.value));
  });
}
