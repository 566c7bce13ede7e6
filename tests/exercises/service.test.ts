import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { loadContent } from "@/lib/content/load";
import { backprop } from "@/lib/engine";
import { askedQuantities, buildInstance, gridOf, type ExerciseDefinition } from "@/lib/exercises/instance";
import { checkExercise, exerciseSolution } from "@/lib/exercises/service";
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

describe("the worked solution", () => {
  test("is the seed's own solution on first and repeated requests, across more seeds than it keeps", async () => {
    const seeds = [3, 4, 3, ...Array.from({ length: 40 }, (_, i) => 100 + i), 3, 139, 4];
    for (const seed of seeds) {
      const outcome = await exerciseSolution(id, String(seed));
      if (outcome.status !== 200) throw new Error(JSON.stringify(outcome.body));
      expect(outcome.body.solution).toEqual(solutionSteps(buildInstance(def, seed)));
    }
  });

  test.each([
    { label: "no seed", seed: null, status: 400 },
    { label: "a negative seed", seed: "-1", status: 400 },
    { label: "a fractional seed", seed: "1.5", status: 400 },
    { label: "a word", seed: "seven", status: 400 },
  ])("refuses $label with $status", async ({ seed, status }) => {
    const outcome = await exerciseSolution(id, seed);
    expect(outcome.status).toBe(status);
    expect(outcome.body).toHaveProperty("error");
  });

  test("an unknown exercise is a 404", async () => {
    expect((await exerciseSolution("no-such-exercise", "1")).status).toBe(404);
  });

  test("the check grades without typesetting a solution", async () => {
    const answers = rightAnswers(8);
    const outcome = await checkExercise(id, { seed: 8, answers, hintsUsed: 0 });
    if (outcome.status !== 200) throw new Error(JSON.stringify(outcome.body));
    expect(outcome.body.score).toBe(1);
    expect(outcome.body).not.toHaveProperty("solution");
  });
});
