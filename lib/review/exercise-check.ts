import "server-only";
import { getExercise } from "@/lib/content/repository";
import { EngineInputError } from "@/lib/engine";
import { checkAnswers, type CheckResult } from "@/lib/exercises/check";
import { askedQuantities, buildInstance, querySeedSchema, type ExerciseDefinition } from "@/lib/exercises/instance";
import { instanceFingerprint } from "@/lib/exercises/fingerprint";
import { checkRequestSchema, fingerprintSchema, parseAnswerGrids, type CheckRequest } from "@/lib/exercises/request";
import { AppError, issuesOf, issueText, parseInput } from "@/lib/server/errors";
import { lastAsked, solutionSteps, type SolutionStep } from "@/lib/exercises/solution";

export type CheckedBody = CheckResult & {
  exerciseId: string;
  seed: number;
  hintsUsed: number;
  elapsedMs: number | null;
};

type Exercise = NonNullable<Awaited<ReturnType<typeof getExercise>>>;

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

/** The exercise with this id, or a not_found AppError: routes ask it first, so an unknown id answers 404 whatever the body. */
export async function exerciseOrThrow(exerciseId: string): Promise<Exercise> {
  const exercise = await getExercise(exerciseId);
  if (!exercise) throw new AppError("not_found", `no exercise with id "${exerciseId}"`);
  return exercise;
}

/** The check request from a body, or an invalid_input AppError listing (the first 20 of) its issues. */
export function parseCheckRequest(payload: unknown): CheckRequest {
  const request = checkRequestSchema.safeParse(payload);
  if (request.success) return request.data;
  const issues = issuesOf(request.error, 20);
  throw new AppError("invalid_input", `invalid request: ${issueText(issues)}`, { issues });
}

/** A query string's seed and instance fingerprint (each null when absent), or an invalid_input AppError. */
export function parseSolutionQuery(rawSeed: string | null, rawInstance: string | null) {
  return {
    seed: parseInput(querySeedSchema, rawSeed ?? undefined, { paths: false }),
    instance: parseInput(fingerprintSchema.optional(), rawInstance ?? undefined, { paths: false }),
  };
}

const seedRefused = (seed: number, error: unknown) => {
  // Content is validated for a range of seeds at build time; a seed that still cannot be built is the caller's.
  if (error instanceof EngineInputError) return new AppError("invalid_input", `seed ${seed}: ${error.message}`);
  return error;
};

/**
 * The authoritative check: rebuilds the instance from (exercise id, seed) and grades the typed answers.
 * It never trusts numbers from the client beyond the learner's own answers.
 */
export async function checkExercise(exerciseId: string, request: CheckRequest): Promise<CheckedBody> {
  return gradeExercise(exerciseId, await exerciseOrThrow(exerciseId), request);
}

/** checkExercise for an exercise already looked up (the route looks it up before it parses the body). */
export function gradeExercise(exerciseId: string, exercise: Exercise, request: CheckRequest): CheckedBody {
  const { seed, answers, hintsUsed, elapsedMs, instance } = request;
  if (hintsUsed > exercise.hints.length) {
    throw new AppError("invalid_input", `hintsUsed: this exercise has ${exercise.hints.length} hints`);
  }
  const asked = askedQuantities(exercise.definition);
  const parsed = parseAnswerGrids(asked, answers);
  if (!parsed.ok) throw new AppError("invalid_input", parsed.message, { cells: parsed.cells });
  try {
    const spec = buildInstance(exercise.definition, seed);
    if (instance !== undefined && instance !== instanceFingerprint(spec)) {
      throw new AppError("conflict", STALE_INSTANCE_ERROR);
    }
    const result = checkAnswers(exercise.definition, seed, parsed.answers, spec);
    return { ...result, exerciseId, seed, hintsUsed, elapsedMs: elapsedMs ?? null };
  } catch (error) {
    throw seedRefused(seed, error);
  }
}

/** The worked solution of one instance of a looked-up exercise, with its numbers substituted. */
export function exerciseSolution(
  exerciseId: string,
  exercise: Exercise,
  { seed, instance }: { seed: number; instance?: string },
): { exerciseId: string; seed: number; solution: SolutionStep[] } {
  try {
    if (instance !== undefined && instance !== instanceFingerprint(buildInstance(exercise.definition, seed))) {
      throw new AppError("conflict", STALE_INSTANCE_ERROR);
    }
    return { exerciseId, seed, solution: cachedSolution(exerciseId, exercise.definition, seed) };
  } catch (error) {
    throw seedRefused(seed, error);
  }
}
