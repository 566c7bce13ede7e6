import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { loadContent } from "@/lib/content/load";
import { backprop } from "@/lib/engine";
import { askedQuantities, buildInstance, gridOf, type ExerciseDefinition } from "@/lib/exercises/instance";
import { checkExercise } from "@/lib/exercises/service";
import { solutionSteps } from "@/lib/exercises/solution";

// The check keeps the last few typeset solutions per (exercise, seed): whatever it serves, from that store or not,
// must be the solution of the seed asked for, however many other seeds came in between.
let id: string;
let def: ExerciseDefinition;

beforeAll(async () => {
  const lib = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  const ex = lib.items.find((i) => i.kind === "derivation");
  if (!ex || ex.kind !== "derivation") throw new Error("the library needs a derivation exercise");
  id = ex.id;
  def = ex;
});

const rightAnswers = (seed: number) => {
  const r = backprop(buildInstance(def, seed));
  return Object.fromEntries(
    askedQuantities(def).map((q) => [q.ask, gridOf(r[q.key], q).map((row) => row.map(String))]),
  );
};

describe("checkExercise's worked solution", () => {
  test("is the seed's own solution on first and repeated checks, across more seeds than it keeps", async () => {
    const seeds = [3, 4, 3, ...Array.from({ length: 40 }, (_, i) => 100 + i), 3, 139, 4];
    for (const seed of seeds) {
      const outcome = await checkExercise(id, { seed, answers: rightAnswers(seed) });
      if (outcome.status !== 200) throw new Error(JSON.stringify(outcome.body));
      expect(outcome.body.score).toBe(1);
      expect(outcome.body.solution).toEqual(solutionSteps(buildInstance(def, seed)));
    }
  });

  test("a caller that only records the verdict gets the same verdict and no solution", async () => {
    const answers = rightAnswers(8);
    answers[Object.keys(answers)[0]!]![0]![0] = "12345";
    const full = await checkExercise(id, { seed: 8, answers, hintsUsed: 0 });
    const bare = await checkExercise(id, { seed: 8, answers, hintsUsed: 0 }, { solution: false });
    if (full.status !== 200 || bare.status !== 200) throw new Error("both checks should succeed");
    expect(bare.body).not.toHaveProperty("solution");
    const { solution, ...verdict } = full.body;
    expect(solution).toHaveLength(13);
    expect(bare.body).toEqual(verdict);
    expect(bare.body.score).toBeLessThan(1);
  });
});
