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
// The library's forward-pass exercise: two ReLU units, one sigmoid output, bce.
const forwardDef: ExerciseDefinition = {
  network: { dIn: 2, h: 2, dOut: 1, n: 1, hidden: "relu", output: "sigmoid", loss: "bce" },
  ranges: { b: [0.1, 0.5] },
  ask: ["z1", "a1", "z2", "a2", "loss"],
};
type Params = ReturnType<typeof buildInstance>;
const zero = (b: number[]) => b.map(() => 0);
const transposed = (m: number[][]) => m[0]!.map((_, j) => m.map((row) => row[j]!));

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

  test.each([
    {
      label: "both biases left out",
      mistake: "bias-forgotten",
      params: (x: Params) => ({ b1: zero(x.b1), b2: zero(x.b2) }),
    },
    {
      label: "W₁ read by rows (x·W₁ᵀ)",
      mistake: "w-not-transposed",
      params: (x: Params) => ({ W1: transposed(x.W1) }),
    },
  ])("a forward pass with $label is named at every step it reaches", ({ mistake, params }) => {
    for (const s of [0, 1, 2, 3, 4]) {
      const spec = buildInstance(forwardDef, s);
      const wrong = backprop({ ...spec, ...params(spec) });
      const answers = Object.fromEntries(askedQuantities(forwardDef).map((q) => [q.ask, gridOf(wrong[q.key], q)]));
      const result = checkAnswers(forwardDef, s, answers);
      expect(result.firstWrongStep, `seed ${s}`).toBe("z1");
      const named = result.mistakes.filter((m) => m.mistake === mistake).map((m) => m.quantity);
      // Every answer the slip made wrong is named; ReLU or the sigmoid can absorb it further on (a₁, a₂ stay right).
      const wrongAsks = result.quantities.filter((q) => !q.ok).map((q) => q.ask);
      expect(named, `seed ${s}`).toEqual(wrongAsks);
      expect(named, `seed ${s}`).toContain("z1");
    }
  });

  test("gradients worked out from a forward pass without the biases are named for it", () => {
    // The gradients-only exercise with a ReLU layer and a sigmoid output: the learner computes the forward pass too.
    const def: ExerciseDefinition = {
      network: { dIn: 2, h: 2, dOut: 1, n: 2, hidden: "relu", output: "sigmoid", loss: "bce" },
      ask: ["dz2", "dW2", "dz1", "dW1"],
    };
    let named = 0;
    for (let s = 0; s < 20; s++) {
      const spec = buildInstance(def, s);
      const wrong = backprop({ ...spec, b1: zero(spec.b1), b2: zero(spec.b2) });
      const answers = Object.fromEntries(askedQuantities(def).map((q) => [q.ask, gridOf(wrong[q.key], q)]));
      const result = checkAnswers(def, s, answers);
      if (result.quantities.every((q) => q.ok)) continue;
      expect(
        result.mistakes.map((m) => m.mistake),
        `seed ${s}`,
      ).toContain("bias-forgotten");
      named++;
    }
    expect(named).toBeGreaterThan(10);
  });

  test("a loss computed with log₁₀ is named", () => {
    for (const s of [0, 1, 2, 3, 4]) {
      const answers = truthAnswers(forwardDef, s);
      answers.loss = answers.loss!.map((r) => r.map((v) => v / Math.LN10));
      const result = checkAnswers(forwardDef, s, answers);
      expect(result.mistakes, `seed ${s}`).toEqual([
        expect.objectContaining({ quantity: "loss", mistake: "log-base-10" }),
      ]);
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
