import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { loadContent } from "@/lib/content/load";
import { backprop } from "@/lib/engine";
import { askedQuantities, buildInstance, gridOf, type ExerciseDefinition } from "@/lib/exercises/instance";
import { instanceFingerprint } from "@/lib/exercises/fingerprint";
import { checkExercise, exerciseSolution } from "../helpers/boundary";
import { lastAsked, solutionSteps } from "@/lib/exercises/solution";

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
      expect(outcome.body.solution).toEqual(solutionSteps(buildInstance(def, seed), undefined, lastAsked(def)));
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

describe("numbers the page shows that the server no longer uses", () => {
  // A page loaded before an update names its numbers; the server must not grade or solve other numbers instead.
  const shown = (seed: number) => instanceFingerprint(buildInstance(def, seed));
  const other = (seed: number) => shown(seed + 1);

  test.each([
    { label: "the page's own numbers are graded", instance: (s: number) => shown(s), status: 200 },
    { label: "no fingerprint (an older client) is graded", instance: () => undefined, status: 200 },
    { label: "another instance's numbers are refused as out of date", instance: other, status: 409 },
  ])("check: $label", async ({ instance, status }) => {
    const outcome = await checkExercise(id, { seed: 8, instance: instance(8), answers: rightAnswers(8) });
    expect(outcome.status).toBe(status);
    if (outcome.status === 409) expect(outcome.body.error).toMatch(/reload/i);
  });

  test.each([
    { label: "the page's own numbers", instance: (s: number) => shown(s), status: 200 },
    { label: "no fingerprint", instance: () => null, status: 200 },
    { label: "another instance's numbers", instance: other, status: 409 },
    { label: "a malformed fingerprint", instance: () => "xyz", status: 400 },
  ])("solution: $label gives $status", async ({ instance, status }) => {
    expect((await exerciseSolution(id, "5", instance(5))).status).toBe(status);
  });

  test("a malformed fingerprint in a check is a 400 naming the field", async () => {
    const outcome = await checkExercise(id, { seed: 8, instance: "ABCDEFGH", answers: rightAnswers(8) });
    expect(outcome.status).toBe(400);
    expect(outcome.body).toHaveProperty("error", expect.stringContaining("instance"));
  });
});
