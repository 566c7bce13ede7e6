import { describe, expect, test } from "vitest";
import { backprop } from "@/lib/engine";
import { checkAnswers } from "@/lib/exercises/check";
import { askedQuantities, buildInstance, gridOf, type ExerciseDefinition } from "@/lib/exercises/instance";
import { MISTAKE_CARDS } from "@/lib/exercises/mistake-cards";

const def: ExerciseDefinition = {
  network: { dIn: 2, h: 3, dOut: 1, n: 4, hidden: "sigmoid", output: "sigmoid", loss: "mse" },
  ask: ["dz2", "dW2", "db2", "dz1", "dW1[1][0]"],
};
const seed = 7;

function truthAnswers(d: ExerciseDefinition = def, s = seed): Record<string, number[][]> {
  const r = backprop(buildInstance(d, s));
  return Object.fromEntries(askedQuantities(d).map((q) => [q.ask, gridOf(r[q.key], q)]));
}

describe("checkAnswers", () => {
  test("the engine's own numbers score 1 with no wrong step and no mistake", () => {
    const result = checkAnswers(def, seed, truthAnswers());
    expect(result.score).toBe(1);
    expect(result.firstWrongStep).toBeNull();
    expect(result.mistakes).toEqual([]);
    expect(result.quantities.map((q) => [q.ask, q.right, q.total])).toEqual([
      ["dz2", 4, 4],
      ["dW2", 3, 3],
      ["db2", 1, 1],
      ["dz1", 12, 12],
      ["dW1[1][0]", 1, 1],
    ]);
  });

  test("answers rounded to three significant figures still count as right", () => {
    const rounded = Object.fromEntries(
      Object.entries(truthAnswers()).map(([k, g]) => [k, g.map((r) => r.map((v) => Number(v.toPrecision(3))))]),
    );
    expect(checkAnswers(def, seed, rounded).score).toBe(1);
  });

  test("a flipped sign on dz2 is the first wrong step, is diagnosed, and points at its card", () => {
    const answers = truthAnswers();
    answers.dz2 = answers.dz2!.map((r) => r.map((v) => -v));
    const result = checkAnswers(def, seed, answers);
    expect(result.firstWrongStep).toBe("dz2");
    expect(result.quantities[0]).toMatchObject({ ask: "dz2", ok: false, right: 0 });
    const found = result.mistakes.find((m) => m.quantity === "dz2");
    expect(found).toMatchObject({ mistake: "sign-flipped", cardId: MISTAKE_CARDS["sign-flipped"] });
    expect(result.score).toBeCloseTo(4 / 5, 10);
  });

  test("a batch mean forgotten on dW2 is diagnosed and partial credit counts the rest", () => {
    const answers = truthAnswers();
    answers.dW2 = answers.dW2!.map((r) => r.map((v) => v * 4));
    const result = checkAnswers(def, seed, answers);
    expect(result.firstWrongStep).toBe("dW2");
    expect(result.mistakes.map((m) => m.mistake)).toContain("batch-mean-forgotten");
  });

  test("one weight entry twice too large on a two-output bce net is named: the mean over the outputs was dropped", () => {
    // The exercise that asks for dW1[1][0] alone: a learner who sums the two outputs' losses answers twice the truth.
    const single: ExerciseDefinition = {
      network: { dIn: 2, h: 2, dOut: 2, n: 1, hidden: "sigmoid", output: "sigmoid", loss: "bce" },
      ask: ["dW1[1][0]"],
    };
    for (const s of [0, 1, 2, 3, 4]) {
      const answers = truthAnswers(single, s);
      answers["dW1[1][0]"] = answers["dW1[1][0]"]!.map((r) => r.map((v) => v * 2));
      const result = checkAnswers(single, s, answers);
      expect(result.score, `seed ${s}`).toBe(0);
      expect(result.mistakes, `seed ${s}`).toContainEqual(
        expect.objectContaining({
          quantity: "dW1[1][0]",
          mistake: "batch-mean-forgotten",
          cardId: MISTAKE_CARDS["batch-mean-forgotten"],
        }),
      );
    }
  });

  test("a single wrong entry is marked in place", () => {
    const answers = truthAnswers();
    answers.dz1![2]![1] = answers.dz1![2]![1]! + 1;
    const q = checkAnswers(def, seed, answers).quantities.find((x) => x.ask === "dz1")!;
    expect(q.right).toBe(11);
    expect(q.entries[2]![1]).toBe(false);
    expect(q.entries[0]![0]).toBe(true);
  });

  test("the same seed rebuilds the same instance; another seed gives other numbers", () => {
    expect(buildInstance(def, 3)).toEqual(buildInstance(def, 3));
    expect(buildInstance(def, 3)).not.toEqual(buildInstance(def, 4));
  });
});

describe("askedQuantities", () => {
  test.each([
    { ask: "dW1", rows: 2, cols: 3, rowLabel: "input", colLabel: "hidden unit" },
    { ask: "db1", rows: 1, cols: 3, rowLabel: "", colLabel: "hidden unit" },
    { ask: "dx", rows: 4, cols: 2, rowLabel: "example", colLabel: "input" },
    { ask: "loss", rows: 1, cols: 1, rowLabel: "", colLabel: "" },
    { ask: "dW1[1][2]", rows: 1, cols: 1, rowLabel: "", colLabel: "" },
    { ask: "db1[2]", rows: 1, cols: 1, rowLabel: "", colLabel: "" },
  ])("$ask is a $rows×$cols grid", ({ ask, rows, cols, rowLabel, colLabel }) => {
    expect(askedQuantities({ ...def, ask: [ask] })[0]).toMatchObject({ rows, cols, rowLabel, colLabel });
  });

  test.each([
    { ask: "dW1[2][0]", error: /out of range/ },
    { ask: "dW1[0]", error: /needs 2 indexes/ },
    { ask: "db1[0][0]", error: /needs 1 index/ },
    { ask: "loss[0]", error: /needs 0 indexes/ },
  ])("rejects $ask", ({ ask, error }) => {
    expect(() => askedQuantities({ ...def, ask: [ask] })).toThrow(error);
  });
});
