import "server-only";
import { getExercise } from "@/lib/content/repository";
import { EngineInputError } from "@/lib/engine";
import { checkAnswers, type CheckResult } from "./check";
import { askedQuantities, buildInstance } from "./instance";
import { checkRequestSchema, parseAnswerGrids, type CellError } from "./request";
import { solutionSteps, type SolutionStep } from "./solution";

export type CheckOutcome =
  | {
      status: 200;
      body: CheckResult & { exerciseId: string; seed: number; hintsUsed: number; elapsedMs: number | null; solution: SolutionStep[] };
    }
  | { status: 400 | 404; body: { error: string; cells?: CellError[]; issues?: Array<{ path: string; message: string }> } };

/**
 * The authoritative check: rebuilds the instance from (exercise id, seed) and grades the typed answers.
 * It never trusts numbers from the client beyond the learner's own answers. Recording comes with accounts.
 */
export async function checkExercise(exerciseId: string, payload: unknown): Promise<CheckOutcome> {
  const exercise = await getExercise(exerciseId);
  if (!exercise) return { status: 404, body: { error: `no exercise with id "${exerciseId}"` } };
  const request = checkRequestSchema.safeParse(payload);
  if (!request.success) {
    const issues = request.error.issues.slice(0, 20).map((i) => ({ path: i.path.join("."), message: i.message }));
    return { status: 400, body: { error: `invalid request: ${issues.map((i) => `${i.path || "body"}: ${i.message}`).join("; ")}`, issues } };
  }
  const { seed, answers, hintsUsed, elapsedMs } = request.data;
  if (hintsUsed > exercise.hints.length) {
    return { status: 400, body: { error: `hintsUsed: this exercise has ${exercise.hints.length} hints` } };
  }
  const asked = askedQuantities(exercise.definition);
  const parsed = parseAnswerGrids(asked, answers);
  if (!parsed.ok) return { status: 400, body: { error: parsed.message, cells: parsed.cells } };
  try {
    const result = checkAnswers(exercise.definition, seed, parsed.answers);
    const spec = buildInstance(exercise.definition, seed);
    return {
      status: 200,
      body: { ...result, exerciseId, seed, hintsUsed, elapsedMs: elapsedMs ?? null, solution: solutionSteps(spec) },
    };
  } catch (error) {
    // Content is validated for a range of seeds at build time; a seed that still cannot be built is the caller's.
    if (error instanceof EngineInputError) return { status: 400, body: { error: `seed ${seed}: ${error.message}` } };
    throw error;
  }
}
