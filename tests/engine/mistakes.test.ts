import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  backprop,
  compareQuantity,
  diagnose,
  diagnoseEntries,
  downstreamOf,
  EngineInputError,
  firstWrongStep,
  generateInstance,
  HAND_TOLERANCE,
  MISTAKE_IDS,
  MISTAKES,
  QUANTITY_ORDER,
  sigmoid,
  slips,
  type BackpropResult,
  type BackwardKey,
  type MistakeId,
  type QuantityKey,
  type Submission,
  type TwoLayerSpec,
} from "@/lib/engine";
import { HEADS } from "./helpers";

// Independent little helpers, so a mistake is built here by hand, not by the code under test.
type M = number[][];
const T = (a: M): M => a[0]!.map((_, j) => a.map((row) => row[j]!));
const mm = (a: M, b: M): M => a.map((row) => b[0]!.map((_, j) => row.reduce((s, v, k) => s + v * b[k]![j]!, 0)));
const ew = (a: M, b: M, f: (x: number, y: number) => number): M =>
  a.map((row, i) => row.map((v, j) => f(v, b[i]![j]!)));
const sc = (a: M, k: number): M => a.map((row) => row.map((v) => v * k));
const colsum = (a: M): number[] => a[0]!.map((_, j) => a.reduce((s, row) => s + row[j]!, 0));
const col = (a: M, k: number): M => a.map((row) => [row[k]!]);
/** Output k's path alone back to the hidden units: δ₂'s column k times W₂'s column k. */
const onePath = (s: TwoLayerSpec, r: BackpropResult, k: number): M => mm(col(r.dz2, k), T(col(s.W2, k)));
const slopeTwice = (r: BackpropResult): M => ew(r.dz2, r.a2, (g, a) => g * a * (1 - a));
const sigPrime = (v: number) => sigmoid(v) * (1 - sigmoid(v));
/** x·W + b, the bias added to every row. */
const affine = (x: M, W: M, b: number[]): M => mm(x, W).map((row) => row.map((v, j) => v + b[j]!));

/** n 3, d_in = h = d_out = 2: every "shapes permit" variant is possible. */
const S_SIG: TwoLayerSpec = {
  x: [
    [0.5, -1.2],
    [1.5, 0.3],
    [-0.4, 0.9],
  ],
  y: [
    [1, 0],
    [0, 1],
    [0.5, 0.5],
  ],
  W1: [
    [0.8, -0.6],
    [0.4, 1.1],
  ],
  b1: [0.2, -0.3],
  W2: [
    [1.3, -0.7],
    [-0.9, 0.6],
  ],
  b2: [0.1, -0.2],
  hidden: "sigmoid",
  output: "sigmoid",
  loss: "mse",
};

/** n 2, d_in 3, h 2, d_out 1: nothing square, so a missing transpose shows as a transposed grid. */
const S_RECT: TwoLayerSpec = {
  x: [
    [0.7, -0.2, 1.1],
    [-0.5, 0.9, 0.4],
  ],
  y: [[0.6], [-0.8]],
  W1: [
    [0.9, -0.4],
    [0.3, 0.8],
    [-0.6, 0.5],
  ],
  b1: [0.1, -0.2],
  W2: [[1.2], [-0.9]],
  b2: [0.05],
  hidden: "tanh",
  output: "tanh",
  loss: "mse",
};

/** XOR with bce. */
const S_BCE: TwoLayerSpec = {
  x: [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ],
  y: [[0], [1], [1], [0]],
  W1: [
    [0.6, -0.8],
    [-0.7, 0.9],
  ],
  b1: [0.3, 0.2],
  W2: [[1.1], [-1.4]],
  b2: [0.1],
  hidden: "tanh",
  output: "sigmoid",
  loss: "bce",
};

/** One example, two sigmoid outputs under bce: the mean is over the 2 output entries alone. */
const S_BCE2: TwoLayerSpec = {
  x: [[0.5, -1]],
  y: [[1, 0]],
  W1: [
    [0.6, -0.8],
    [-0.7, 0.9],
  ],
  b1: [0.3, 0.2],
  W2: [
    [1.1, -0.5],
    [-1.4, 0.7],
  ],
  b2: [0.1, -0.2],
  hidden: "sigmoid",
  output: "sigmoid",
  loss: "bce",
};

/** ReLU into softmax; no pre-activation near 0. */
const S_SOFT: TwoLayerSpec = {
  x: [
    [1, 0.5],
    [-0.5, 1.5],
  ],
  y: [
    [0, 1, 0],
    [1, 0, 0],
  ],
  W1: [
    [0.7, -0.4, 0.3],
    [0.2, 0.9, 0.5],
  ],
  b1: [0.1, 0.1, -0.1],
  W2: [
    [0.5, -0.3, 0.8],
    [-0.6, 0.4, 0.2],
    [0.3, 0.7, -0.5],
  ],
  b2: [0, 0.1, -0.1],
  hidden: "relu",
  output: "identity",
  loss: "softmax_ce",
};

const nOf = (s: TwoLayerSpec) => s.x.length;
const mseRaw = (s: TwoLayerSpec, r: BackpropResult) =>
  ew(r.a2, s.y, (a, y) => (2 * (a - y)) / (s.y.length * s.y[0]!.length));

type Build = (s: TwoLayerSpec, r: BackpropResult) => Submission;

const CASES: Array<[label: string, mistake: MistakeId, quantity: QuantityKey, spec: TwoLayerSpec, build: Build]> = [
  ["δ₂ without the output σ′", "sigma-prime-forgotten", "dz2", S_SIG, (s, r) => ({ dz2: mseRaw(s, r) })],
  ["δ₁ = da₁", "sigma-prime-forgotten", "dz1", S_SIG, (_s, r) => ({ dz1: r.da1 })],
  [
    "σ′ forgotten throughout, seen in dW₁",
    "sigma-prime-forgotten",
    "dW1",
    S_RECT,
    (s, r) => ({ dW1: mm(T(s.x), mm(mseRaw(s, r), T(s.W2))) }),
  ],
  [
    "δ₂ with σ′(a₂)",
    "sigma-prime-of-a",
    "dz2",
    S_SIG,
    (s, r) => ({ dz2: ew(mseRaw(s, r), r.a2, (g, a) => g * sigPrime(a)) }),
  ],
  [
    "δ₁ with tanh′(a₁)",
    "sigma-prime-of-a",
    "dz1",
    S_RECT,
    (_s, r) => ({ dz1: ew(r.da1, r.a1, (g, a) => g * (1 - Math.tanh(a) ** 2)) }),
  ],
  ["da₁ = δ₂·W₂ (square W₂)", "w-not-transposed", "da1", S_SIG, (s, r) => ({ da1: mm(r.dz2, s.W2) })],
  ["da₁ as W₂·δ₂ᵀ, an h×n grid", "w-not-transposed", "da1", S_RECT, (s, r) => ({ da1: mm(s.W2, T(r.dz2)) })],
  ["dW₂ as δ₂ᵀ·a₁", "w-not-transposed", "dW2", S_RECT, (_s, r) => ({ dW2: mm(T(r.dz2), r.a1) })],
  ["dx = δ₁·W₁ (square W₁)", "w-not-transposed", "dx", S_SIG, (s, r) => ({ dx: mm(r.dz1, s.W1) })],
  ["dW₁ transposed", "w-not-transposed", "dW1", S_RECT, (_s, r) => ({ dW1: T(r.dW1) })],
  ["bce δ₂ without 1/n", "batch-mean-forgotten", "dz2", S_BCE, (s, r) => ({ dz2: ew(r.a2, s.y, (a, y) => a - y) })],
  ["carried into dW₁", "batch-mean-forgotten", "dW1", S_SOFT, (s, r) => ({ dW1: sc(r.dW1, nOf(s)) })],
  ["db₂ summed but not averaged", "batch-mean-forgotten", "db2", S_SIG, (s, r) => ({ db2: colsum(sc(r.dz2, nOf(s))) })],
  ["loss summed over the batch", "batch-mean-forgotten", "loss", S_SIG, (s, r) => ({ loss: r.loss * nOf(s) })],
  // A mean over the batch alone, the outputs summed: with one example the whole 1/2 is missing.
  [
    "bce δ₂ = a₂ − y with two outputs",
    "batch-mean-forgotten",
    "dz2",
    S_BCE2,
    (s, r) => ({ dz2: ew(r.a2, s.y, (a, y) => a - y) }),
  ],
  ["carried into dW₁ with two outputs", "batch-mean-forgotten", "dW1", S_BCE2, (_s, r) => ({ dW1: sc(r.dW1, 2) })],
  ["bce loss summed over the outputs", "batch-mean-forgotten", "loss", S_BCE2, (_s, r) => ({ loss: r.loss * 2 })],
  ["δ₂ = (y − a₂)/n", "sign-flipped", "dz2", S_BCE, (s, r) => ({ dz2: ew(s.y, r.a2, (y, a) => (y - a) / 4) })],
  ["carried into dW₂", "sign-flipped", "dW2", S_SOFT, (_s, r) => ({ dW2: sc(r.dW2, -1) })],
  ["dx alone", "sign-flipped", "dx", S_RECT, (_s, r) => ({ dx: sc(r.dx, -1) })],
  ["dW₂ = xᵀ·δ₂", "wrong-layer-input", "dW2", S_SIG, (s, r) => ({ dW2: mm(T(s.x), r.dz2) })],
  ["dW₂ = z₁ᵀ·δ₂", "wrong-layer-input", "dW2", S_RECT, (_s, r) => ({ dW2: mm(T(r.z1), r.dz2) })],
  ["dW₁ = a₁ᵀ·δ₁", "wrong-layer-input", "dW1", S_SIG, (_s, r) => ({ dW1: mm(T(r.a1), r.dz1) })],
  ["db₂ = first row of δ₂", "bias-not-summed", "db2", S_SIG, (_s, r) => ({ db2: r.dz2[0]! })],
  ["db₁ = second row of δ₁", "bias-not-summed", "db1", S_SOFT, (_s, r) => ({ db1: r.dz1[1]! })],
  ["db₁ left as the n×h grid δ₁", "bias-not-summed", "db1", S_BCE, (_s, r) => ({ db1: r.dz1 })],
  ["δ₂ = (a₂ − y)σ′/N", "mse-factor-2-dropped", "dz2", S_SIG, (_s, r) => ({ dz2: sc(r.dz2, 0.5) })],
  // On S_SIG (n 3), not S_RECT: with n = 2 a halved dW₂ is also dW₂ divided by n again (tested below).
  ["carried into dW₂", "mse-factor-2-dropped", "dW2", S_SIG, (_s, r) => ({ dW2: sc(r.dW2, 0.5) })],
  ["bce δ₂ = (a₂ − y)·a₂(1 − a₂)/n", "output-slope-not-cancelled", "dz2", S_BCE, (_s, r) => ({ dz2: slopeTwice(r) })],
  [
    "softmax δ₂ times p(1 − p), carried into dW₂",
    "output-slope-not-cancelled",
    "dW2",
    S_SOFT,
    (_s, r) => ({ dW2: mm(T(r.a1), slopeTwice(r)) }),
  ],
  ["z₁ = x·W₁, b₁ left out", "bias-forgotten", "z1", S_SIG, (s) => ({ z1: mm(s.x, s.W1) })],
  [
    "a₂ from z₂ = a₁·W₂, b₂ left out",
    "bias-forgotten",
    "a2",
    S_BCE,
    (s, r) => ({ a2: mm(r.a1, s.W2).map((row) => row.map(sigmoid)) }),
  ],
  ["z₁ = x·W₁ᵀ + b₁ (square W₁)", "w-not-transposed", "z1", S_SIG, (s) => ({ z1: affine(s.x, T(s.W1), s.b1) })],
  ["bce loss with log₁₀", "log-base-10", "loss", S_BCE, (_s, r) => ({ loss: r.loss / Math.LN10 })],
  ["softmax cross-entropy with log₁₀", "log-base-10", "loss", S_SOFT, (_s, r) => ({ loss: r.loss / Math.LN10 })],
  // After a right δ₂ (which already holds the mean's 1/N), a second division by the batch size.
  [
    "dW₂ = a₁ᵀ·δ₂/n after a right δ₂",
    "batch-mean-twice",
    "dW2",
    S_SIG,
    (s, r) => ({ dz2: r.dz2, dW2: sc(r.dW2, 1 / nOf(s)) }),
  ],
  ["db₂ as the mean of δ₂'s rows", "batch-mean-twice", "db2", S_BCE, (s, r) => ({ db2: r.db2.map((v) => v / nOf(s)) })],
  ["dW₁ divided by n again", "batch-mean-twice", "dW1", S_SOFT, (s, r) => ({ dW1: sc(r.dW1, 1 / nOf(s)) })],
  ["db₁ as the mean of δ₁'s rows", "batch-mean-twice", "db1", S_BCE, (s, r) => ({ db1: r.db1.map((v) => v / nOf(s)) })],
  [
    "δ₂ with the output σ′ twice",
    "sigma-prime-twice",
    "dz2",
    S_SIG,
    (_s, r) => ({ dz2: ew(r.dz2, r.a2, (g, a) => g * a * (1 - a)) }),
  ],
  [
    "δ₁ with σ′(z₁) twice",
    "sigma-prime-twice",
    "dz1",
    S_SIG,
    (_s, r) => ({ dz1: ew(r.dz1, r.a1, (g, a) => g * a * (1 - a)) }),
  ],
  [
    "tanh′ twice at both layers, carried into dx",
    "sigma-prime-twice",
    "dx",
    S_RECT,
    (s, r) => {
      const dz2 = ew(r.dz2, r.a2, (g, a) => g * (1 - a * a));
      const dz1 = ew(mm(dz2, T(s.W2)), r.a1, (g, a) => g * (1 - a * a) ** 2);
      return { dx: mm(dz1, T(s.W1)) };
    },
  ],
  ["da₁ through output 0 alone", "paths-not-summed", "da1", S_SOFT, (s, r) => ({ da1: onePath(s, r, 0) })],
  [
    "output 2's path alone, carried into dW₁",
    "paths-not-summed",
    "dW1",
    S_SOFT,
    (s, r) => ({
      dW1: mm(
        T(s.x),
        ew(onePath(s, r, 2), r.z1, (g, z) => (z > 0 ? g : 0)),
      ),
    }),
  ],
];

describe("diagnose", () => {
  test("every mistake id is exercised and documented", () => {
    expect(new Set(CASES.map((c) => c[1]))).toEqual(new Set(MISTAKE_IDS));
    for (const id of MISTAKE_IDS) {
      expect(MISTAKES[id].title.length).toBeGreaterThan(3);
      expect(MISTAKES[id].explanation).not.toContain("\n");
    }
  });

  test.each(CASES)("%s → %s found in %s", (_label, mistake, quantity, spec, build) => {
    const submission = build(spec, backprop(spec));
    // These instances are chosen so that no other mistake produces the same numbers.
    expect(diagnose(spec, submission)).toEqual([{ quantity, mistake }]);
  });

  test.each([
    ["S_SIG", S_SIG],
    ["S_RECT", S_RECT],
    ["S_BCE", S_BCE],
    ["S_BCE2", S_BCE2],
    ["S_SOFT", S_SOFT],
  ] as const)("the correct answer finds no mistake (%s)", (_label, spec) => {
    const r = backprop(spec);
    const all = Object.fromEntries(QUANTITY_ORDER.map((k) => [k, r[k]])) as Submission;
    expect(diagnose(spec, all)).toEqual([]);
    // Nor does the correct answer written to 3 significant figures.
    const round = (v: number) => Number(v.toPrecision(3));
    const rounded = Object.fromEntries(
      QUANTITY_ORDER.map((k) => {
        const v = r[k];
        return [
          k,
          typeof v === "number"
            ? round(v)
            : (JSON.parse(JSON.stringify(v), (_k, x) => (typeof x === "number" ? round(x) : x)) as unknown),
        ];
      }),
    ) as Submission;
    expect(diagnose(spec, rounded)).toEqual([]);
  });

  test("where the numbers cannot tell two slips apart, both are named: mse with n = 2 halves dW₂ either way", () => {
    // Dropping MSE's factor 2 (carried from δ₂) and dividing by n = 2 a second time give the same dW₂.
    expect(diagnose(S_RECT, { dW2: sc(backprop(S_RECT).dW2, 0.5) })).toEqual([
      { quantity: "dW2", mistake: "mse-factor-2-dropped" },
      { quantity: "dW2", mistake: "batch-mean-twice" },
    ]);
  });

  test("a slip at one step is found even when the upstream it used was already wrong", () => {
    const r = backprop(S_SIG);
    const theirDz2 = sc(r.dz2, -1); // sign slip at δ₂ …
    const theirDW2 = mm(T(S_SIG.x), theirDz2); // … then x in place of a₁, using their own δ₂
    const found = diagnose(S_SIG, { dz2: theirDz2, dW2: theirDW2 });
    expect(found).toContainEqual({ quantity: "dz2", mistake: "sign-flipped" });
    expect(found).toContainEqual({ quantity: "dW2", mistake: "wrong-layer-input" });
  });

  test("an error merely carried forward is not blamed on the later step", () => {
    const r = backprop(S_SIG);
    const theirDz2 = sc(r.dz2, 1.7); // no known mistake makes δ₂ 1.7 times too large
    const theirDW2 = mm(T(r.a1), theirDz2); // correct step on their δ₂
    expect(diagnose(S_SIG, { dz2: theirDz2, dW2: theirDW2 })).toEqual([]);
    const verdicts = {
      dz2: compareQuantity(r.dz2, theirDz2),
      dW2: compareQuantity(r.dW2, theirDW2),
      db2: compareQuantity(r.db2, r.db2),
    };
    expect(firstWrongStep(verdicts)).toBe("dz2");
  });

  test("unrelated wrong numbers match no mistake", () => {
    const r = backprop(S_RECT);
    expect(diagnose(S_RECT, { dW1: r.dW1.map((row) => row.map((v) => v + 1)) })).toEqual([]);
  });

  test("a mistake that changes nothing here is not reported", () => {
    // With a batch of one, "bias not summed" and "batch mean forgotten" leave db unchanged.
    const spec: TwoLayerSpec = { ...S_RECT, x: [S_RECT.x[0]!], y: [S_RECT.y[0]!] };
    const r = backprop(spec);
    expect(diagnose(spec, { db2: r.dz2[0]!, db1: colsum(r.dz1) })).toEqual([]);
  });

  test("sign flips of δ₂ are always found on generated instances", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom(...HEADS),
        fc.constantFrom("relu", "tanh", "sigmoid"),
        (seed, head, hidden) => {
          const spec = generateInstance({ dIn: 2, h: 3, dOut: 2, n: 3, hidden, ...head }, seed);
          const r = backprop(spec);
          fc.pre(r.dz2.flat().some((v) => Math.abs(v) > 0.01));
          expect(diagnose(spec, { dz2: sc(r.dz2, -1) })).toContainEqual({ quantity: "dz2", mistake: "sign-flipped" });
          const all = Object.fromEntries(QUANTITY_ORDER.map((k) => [k, r[k]])) as Submission;
          expect(diagnose(spec, all)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  test.each([
    ["unknown quantity", "submitted.dW3", () => diagnose(S_SIG, { dW3: [[1]] } as unknown as Submission)],
    ["negative tolerance", "tol.rel", () => diagnose(S_SIG, {}, { rel: -1 })],
    ["bad spec", "loss", () => diagnose({ ...S_SIG, loss: "hinge" as never }, {})],
  ] as const)("%s → EngineInputError on field %s", (_label, field, run) => {
    expect(run).toThrow(EngineInputError);
    expect(run).toThrow(expect.objectContaining({ field }));
  });
});

describe("compareQuantity", () => {
  test.each([
    ["exact", [[0.25, -1.5]], [[0.25, -1.5]], true, [[true, true]]],
    ["rounded to 3 significant figures", [[0.123456, -1.98765]], [[0.123, -1.99]], true, [[true, true]]],
    ["2% off is wrong", [[1, 2]], [[1.02, 2]], false, [[false, true]]],
    ["near zero compared absolutely", [[0.0004, 0]], [[0, 0.0009]], true, [[true, true]]],
    ["an empty cell is wrong", [[1, 2]], [[1, NaN]], false, [[true, false]]],
    ["a vector", [0.5, 0.25], [0.5, 0.26], false, [true, false]],
    ["a vector given as a column", [0.5, 0.25], [[0.5], [0.25]], true, [true, true]],
    ["a scalar", 0.3333, 0.333, true, true],
  ] as const)("%s", (_label, expected, submitted, ok, entries) => {
    const c = compareQuantity(expected as never, submitted);
    expect(c.ok).toBe(ok);
    expect(c.shapeMatches).toBe(true);
    expect(c.entries).toEqual(entries);
  });

  test.each([
    ["transposed grid", [[1, 2, 3]], [[1], [2], [3], [4]]],
    ["too few rows", [[1], [2]], [[1]]],
    [
      "ragged",
      [
        [1, 2],
        [3, 4],
      ],
      [[1, 2], [3]],
    ],
    ["not numbers at all", [[1]], "1"],
  ] as const)("shape mismatch: %s", (_label, expected, submitted) => {
    const c = compareQuantity(expected as never, submitted);
    expect(c).toMatchObject({ ok: false, shapeMatches: false, entries: null });
  });

  test("the default tolerance is the documented hand-work one", () => {
    expect(HAND_TOLERANCE).toEqual({ rel: 1e-2, abs: 1e-3 });
    expect(compareQuantity([[100]], [[100.9]]).ok).toBe(true);
    expect(compareQuantity([[100]], [[101.1]]).ok).toBe(false);
    expect(compareQuantity([[100]], [[100.9]], { rel: 1e-3 }).ok).toBe(false);
  });
});

describe("firstWrongStep", () => {
  test.each([
    ["nothing checked", {}, null],
    ["all right", { dz2: true, dW2: true, dx: true }, null],
    ["δ₂ wrong comes before everything", { dW1: false, dz2: false, dW2: false }, "dz2"],
    ["dW₂ before da₁", { da1: false, dW2: false, dz2: true }, "dW2"],
    ["db₂ before da₁", { da1: false, db2: false }, "db2"],
    ["dz₁ before dW₁/db₁/dx", { dx: false, db1: false, dz1: false }, "dz1"],
    ["forward before backward", { dz2: false, loss: false }, "loss"],
    ["comparison objects accepted", { dz2: { ok: true }, da1: { ok: false } }, "da1"],
  ] as const)("%s", (_label, verdicts, expected) => {
    expect(firstWrongStep(verdicts)).toBe(expected);
  });
});

describe("slips", () => {
  /** The passes `slips` gives for one mistake at one step. */
  const at = (spec: TwoLayerSpec, mistake: MistakeId, step: BackwardKey, truth?: BackpropResult) =>
    [...slips(spec, [step], truth)].filter((s) => s.mistake === mistake).map((s) => s.pass);

  /** One example, one hidden unit, one output: da₁, dW₂ and db₂ are 1×1. */
  const S_ONE: TwoLayerSpec = {
    x: [[0.5, -1]],
    y: [[0.3]],
    W1: [[0.4], [0.7]],
    b1: [0.1],
    W2: [[1.2]],
    b2: [0],
    hidden: "sigmoid",
    output: "identity",
    loss: "mse",
  };
  const firstRow = (s: TwoLayerSpec): TwoLayerSpec => ({ ...s, x: [s.x[0]!], y: [s.y[0]!] });

  test("σ′ forgotten at dz1 alone: δ₁ = da₁ carried into dW₁, db₁, dx; everything upstream right", () => {
    const r = backprop(S_SOFT);
    const expected = {
      dz2: r.dz2,
      dW2: r.dW2,
      db2: [r.db2],
      da1: r.da1,
      dz1: r.da1,
      dW1: mm(T(S_SOFT.x), r.da1),
      db1: [colsum(r.da1)],
      dx: mm(r.da1, T(S_SOFT.W1)),
    };
    expect(at(S_SOFT, "sigma-prime-forgotten", "dz1")).toEqual([expected]);
    // A truth passed in is used as is.
    expect(at(S_SOFT, "sigma-prime-forgotten", "dz1", r)).toEqual([expected]);
  });

  test("made at dz1 only, even where the habit would also show at dz2 (mse through a sigmoid output)", () => {
    const r = backprop(S_SIG);
    const [pass] = at(S_SIG, "sigma-prime-forgotten", "dz1");
    expect(pass!.dz2).toEqual(r.dz2);
    expect(pass!.dz1).toEqual(r.da1);
  });

  test("one slip per version in the step's own shape: each single row of δ₁ taken for db₁", () => {
    const r = backprop(S_SOFT);
    expect(at(S_SOFT, "bias-not-summed", "db1").map((p) => p.db1)).toEqual([[r.dz1[0]], [r.dz1[1]]]);
  });

  test("a mean over one example is no slip, but mse still averages over its d_out entries", () => {
    const one = firstRow(S_SIG);
    expect(at(one, "batch-mean-forgotten", "dz2").map((p) => p.dz2)).toEqual([sc(backprop(one).dz2, 2)]);
    expect(at(one, "batch-mean-forgotten", "dW1")).toEqual([]);
    // The consistent reading carries that ×d_out on (it used to carry the ×n = 1 version, which changed nothing).
    expect(diagnose(one, { dW2: sc(backprop(one).dW2, 2) })).toContainEqual({
      quantity: "dW2",
      mistake: "batch-mean-forgotten",
    });
  });

  test.each([
    ["σ′ of an identity hidden layer", "sigma-prime-forgotten", "dz1", { ...S_SIG, hidden: "identity" }],
    ["ReLU′ taken at a (it equals ReLU′ at z)", "sigma-prime-of-a", "dz1", S_SOFT],
    ["a step the mistake has no version of", "sigma-prime-forgotten", "dW1", S_SIG],
    ["a transpose that changes the shape (dx is 2×3, W₁ is 3×2)", "w-not-transposed", "dx", S_RECT],
    ["a transpose of a 1×1 da₁", "w-not-transposed", "da1", S_ONE],
    ["a transpose of a 1×1 dW₂", "w-not-transposed", "dW2", S_ONE],
    ["z₁ for a₁ under an identity hidden layer", "wrong-layer-input", "dW2", { ...S_RECT, hidden: "identity" }],
    ["one row of a batch of one for db₁", "bias-not-summed", "db1", firstRow(S_SOFT)],
    ["a second mean over a batch of one", "batch-mean-twice", "dW2", firstRow(S_SIG)],
    ["ReLU′ applied twice (its 0/1 mask squared is itself)", "sigma-prime-twice", "dz1", S_SOFT],
    ["σ′ twice of an identity output", "sigma-prime-twice", "dz2", S_ONE],
    ["σ′ twice where bce cancels the output's slope (a slip of its own)", "sigma-prime-twice", "dz2", S_BCE],
  ] as const)("no slip for %s", (_label, mistake, step, spec) => {
    expect(at(spec as TwoLayerSpec, mistake, step)).toEqual([]);
  });
});

// A transpose applied twice is no transpose at all: its numbers are the missing transpose's, so it is named as that
// mistake (whose explanation says a transpose was dropped or added) rather than as one of its own.
describe("a transpose applied twice", () => {
  test.each([
    ["da₁ = δ₂·(W₂ᵀ)ᵀ", "da1", S_SIG, (s: TwoLayerSpec, r: BackpropResult) => ({ da1: mm(r.dz2, T(T(s.W2))) })],
    ["dx = δ₁·(W₁ᵀ)ᵀ", "dx", S_SIG, (s: TwoLayerSpec, r: BackpropResult) => ({ dx: mm(r.dz1, T(T(s.W1))) })],
  ] as const)("%s is named as the missing transpose", (_label, quantity, spec, build) => {
    expect(diagnose(spec, build(spec, backprop(spec)))).toEqual([{ quantity, mistake: "w-not-transposed" }]);
  });
});

describe("downstreamOf", () => {
  test.each([
    ["dz2", ["dW2", "db2", "da1", "dz1", "dW1", "db1", "dx"]],
    ["da1", ["dz1", "dW1", "db1", "dx"]],
    ["dz1", ["dW1", "db1", "dx"]],
    ["dW2", []],
    ["dx", []],
  ] as const)("%s feeds %j", (step, expected) => {
    expect(downstreamOf(step)).toEqual(expected);
  });
});

describe("diagnoseEntries", () => {
  const r = backprop(S_BCE2);
  const entry = (quantity: "dW1" | "db2" | "dx", value: number, row = 1, col = 0) => [{ quantity, row, col, value }];
  // dW₁[1][0] = x₁·δ₁₀, δ₁ = (δ₂·W₂ᵀ) ⊙ a₁(1 − a₁): each slip moves this one entry its own way.
  const dz2Sum = ew(r.a2, S_BCE2.y, (a, y) => a - y);
  const dz1Of = (dz2: number[][], W2: number[][]) => ew(mm(dz2, W2), r.a1, (g, a) => g * a * (1 - a));

  test.each([
    [
      "the mean over the two outputs dropped",
      "batch-mean-forgotten",
      () => mm(T(S_BCE2.x), dz1Of(dz2Sum, T(S_BCE2.W2))),
    ],
    ["W₂'s column where its row belongs", "w-not-transposed", () => mm(T(S_BCE2.x), dz1Of(r.dz2, S_BCE2.W2))],
    ["the sign of δ₂ flipped", "sign-flipped", () => sc(r.dW1, -1)],
    ["σ′ left out of δ₁", "sigma-prime-forgotten", () => mm(T(S_BCE2.x), r.da1)],
    [
      "output 1's path alone",
      "paths-not-summed",
      () =>
        mm(
          T(S_BCE2.x),
          ew(onePath(S_BCE2, r, 1), r.a1, (g, a) => g * a * (1 - a)),
        ),
    ],
    [
      "the output's slope multiplied in",
      "output-slope-not-cancelled",
      () => mm(T(S_BCE2.x), dz1Of(slopeTwice(r), T(S_BCE2.W2))),
    ],
  ] as const)("%s → %s found in that entry alone", (_label, mistake, wrongDW1) => {
    const value = wrongDW1()[1]![0]!;
    expect(diagnoseEntries(S_BCE2, entry("dW1", value))).toEqual([{ quantity: "dW1", mistake }]);
  });

  test.each([
    ["the right entry", r.dW1[1]![0]!],
    ["the right entry to 3 significant figures", Number(r.dW1[1]![0]!.toPrecision(3))],
    ["a number no mistake gives", r.dW1[1]![0]! + 0.37],
  ])("%s: nothing named", (_label, value) => {
    expect(diagnoseEntries(S_BCE2, entry("dW1", value))).toEqual([]);
  });

  test("a vector's entry sits in row 0: db₂[1] twice too large", () => {
    expect(diagnoseEntries(S_BCE2, entry("db2", r.db2[1]! * 2, 0, 1))).toEqual([
      { quantity: "db2", mistake: "batch-mean-forgotten" },
    ]);
  });

  test("an entry outside the quantity is refused", () => {
    expect(() => diagnoseEntries(S_BCE2, entry("dx", 1, 1, 0))).toThrow(EngineInputError);
  });
});
