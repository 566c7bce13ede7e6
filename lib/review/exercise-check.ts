import "server-only";
import { getExercise } from "@/lib/content/repository";
import { EngineInputError } from "@/lib/engine";
import { checkAnswers, type CheckResult } from "@/lib/exercises/check";
import { askedQuantities, buildInstance, querySeedSchema, type ExerciseDefinition } from "@/lib/exercises/instance";
import { instanceFingerprint } from "@/lib/exercises/fingerprint";
import { checkRequestSchema, fingerprintSchema, parseAnswerGrids, type CellError } from "@/lib/exercises/request";
import { lastAsked, solutionSteps, type SolutionStep } from "@/lib/exercises/solution";

type CheckedBody = CheckResult & { exerciseId: string; seed: number; hintsUsed: number; elapsedMs: number | null };

export type CheckOutcome =
  | { status: 200; body: CheckedBody }
  | {
      status: 400 | 404 | 409;
      body: { error: string; cells?: CellError[]; issues?: Array<{ path: string; message: string }> };
    };

export type SolutionOutcome =
  | { status: 200; body: { exerciseId: string; seed: number; solution: SolutionStep[] } }
  | { status: 400 | 404 | 409; body: { error: string } };

/** The answer when the page's numbers are not the server's numbers for that seed any more. */
export const STALE_INSTANCE_ERROR =
  "These numbers are out of date: the exercise changed after this page was loaded. Reload the page for the current numbers.";

// The typeset solution (KaTeX, ~13 display equations, ~100 KB) costs far more than grading and depends only on the
// exercise definition and the seed, never on the answers. So it is not part of the check: the page asks for it once
// per instance (GET …/solution?seed=), and the last few are kept here.
// Bounded (least recently used goes first) and keyed by the definition object too, so a content reload in
// development, which makes new definition objects, never serves a stale solution.
const SOLUTION_CACHE_SIZE = 32;
const solutions = new Map<string, { definition: ExerciseDefinition; steps: SolutionStep[] }>();

function cachedSolution(exerciseId: string, definition: ExerciseDefinition, seed: number): SolutionStep[] {
  const key = `${exerciseId}\u0000${seed}`;
  const hit = solutions.get(key);
  if (hit && hit.definition === definition) {
    // Re-inserting marks it most recently used (a Map iterates in insertion order).
    solutions.delete(key);
    solutions.set(key, hit);
    return hit.steps;
  }
  // KaTeX builds each HTML string by concatenation, which V8 keeps as a tree of thousands of pieces; kept in the
  // cache, those pieces cost every garbage collection until promoted (measured: ~1.5 ms more per new-seed check).
  // Reading a character makes V8 flatten the string into one piece first.
  const spec = buildInstance(definition, seed);
  const steps = solutionSteps(spec, undefined, lastAsked(definition)).map((step) => (step.html.charCodeAt(0), step));
  solutions.delete(key);
  solutions.set(key, { definition, steps });
  if (solutions.size > SOLUTION_CACHE_SIZE) solutions.delete(solutions.keys().next().value!);
  return steps;
}

/**
 * The authoritative check: rebuilds the instance from (exercise id, seed) and grades the typed answers.
 * It never trusts numbers from the client beyond the learner's own answers.
 */
export async function checkExercise(exerciseId: string, payload: unknown): Promise<CheckOutcome> {
  const exercise = await getExercise(exerciseId);
  if (!exercise) return { status: 404, body: { error: `no exercise with id "${exerciseId}"` } };
  const request = checkRequestSchema.safeParse(payload);
  if (!request.success) {
    const issues = request.error.issues.slice(0, 20).map((i) => ({ path: i.path.join("."), message: i.message }));
    return {
      status: 400,
      body: { error: `invalid request: ${issues.map((i) => `${i.path || "body"}: ${i.message}`).join("; ")}`, issues },
    };
  }
  const { seed, answers, hintsUsed, elapsedMs, instance } = request.data;
  if (hintsUsed > exercise.hints.length) {
    return { status: 400, body: { error: `hintsUsed: this exercise has ${exercise.hints.length} hints` } };
  }
  const asked = askedQuantities(exercise.definition);
  const parsed = parseAnswerGrids(asked, answers);
  if (!parsed.ok) return { status: 400, body: { error: parsed.message, cells: parsed.cells } };
  try {
    const spec = buildInstance(exercise.definition, seed);
    if (instance !== undefined && instance !== instanceFingerprint(spec)) {
      return { status: 409, body: { error: STALE_INSTANCE_ERROR } };
    }
    const result = checkAnswers(exercise.definition, seed, parsed.answers, spec);
    return { status: 200, body: { ...result, exerciseId, seed, hintsUsed, elapsedMs: elapsedMs ?? null } };
  } catch (error) {
    // Content is validated for a range of seeds at build time; a seed that still cannot be built is the caller's.
    if (error instanceof EngineInputError) return { status: 400, body: { error: `seed ${seed}: ${error.message}` } };
    throw error;
  }
}

/** The worked solution of one instance, with its numbers substituted; `rawSeed` comes from a query string. */
export async function exerciseSolution(
  exerciseId: string,
  rawSeed: unknown,
  rawInstance: unknown = null,
): Promise<SolutionOutcome> {
  const exercise = await getExercise(exerciseId);
  if (!exercise) return { status: 404, body: { error: `no exercise with id "${exerciseId}"` } };
  const seed = querySeedSchema.safeParse(rawSeed ?? undefined);
  if (!seed.success) return { status: 400, body: { error: seed.error.issues.map((i) => i.message).join("; ") } };
  const instance = fingerprintSchema.optional().safeParse(rawInstance ?? undefined);
  if (!instance.success)
    return { status: 400, body: { error: instance.error.issues.map((i) => i.message).join("; ") } };
  try {
    if (
      instance.data !== undefined &&
      instance.data !== instanceFingerprint(buildInstance(exercise.definition, seed.data))
    ) {
      return { status: 409, body: { error: STALE_INSTANCE_ERROR } };
    }
    const solution = cachedSolution(exerciseId, exercise.definition, seed.data);
    return { status: 200, body: { exerciseId, seed: seed.data, solution } };
  } catch (error) {
    if (error instanceof EngineInputError)
      return { status: 400, body: { error: `seed ${seed.data}: ${error.message}` } };
    throw error;
  }
}
