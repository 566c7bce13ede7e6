/**
 * Mistake diagnosis for hand-derived backprop.
 *
 * For each classic mistake we recompute the quantities the way a learner making that
 * mistake would, and report which mistake's numbers the learner's submission matches.
 * Two readings are tried for every quantity:
 *
 *  - consistently: the mistake made at its first chance and carried down the chain
 *    (forgetting σ′ in δ₂ also changes dW₂, δ₁, …), computed from the true forward pass,
 *    once for each version of it (off by n or by d_out; through output 0 or output 1);
 *  - at this step: the mistake applied to this step alone, fed with the learner's own
 *    upstream gradient when they submitted a usable one (and with the true one too), so
 *    a slip at dW₂ is found even when their δ₂ was already off.
 *
 * The forward quantities (z₁ … loss) are recomputed from the parameters as the learner
 * misused them (a bias left out, a weight matrix read by rows) or, for the loss alone,
 * written another way (log₁₀, a sum for a mean).
 *
 * A candidate only counts if it differs from the correct value (at the given tolerance):
 * when a mistake changes nothing for this instance (σ′ of an identity, a batch of one,
 * a transpose of a symmetric grid) the learner cannot be told they made it.
 */
import { backprop } from "./backprop";
import { EngineInputError } from "./errors";
import type { ActivationOp } from "./ops";
import { columnSums, matmul, matmulTransA, matmulTransB, scaleMatrix, shapeOf, transpose, zipMatrix } from "./matrix";
import type { BackpropResult, QuantityKey, QuantityValue, TwoLayerSpec } from "./types";
import { BACKWARD_KEYS, FORWARD_KEYS, QUANTITY_ORDER } from "./types";
import { validateSpec, type ValidSpec } from "./validate";

export type MistakeId =
  | "sigma-prime-forgotten"
  | "sigma-prime-of-a"
  | "w-not-transposed"
  | "batch-mean-forgotten"
  | "sign-flipped"
  | "wrong-layer-input"
  | "bias-not-summed"
  | "mse-factor-2-dropped"
  | "output-slope-not-cancelled"
  | "paths-not-summed"
  | "bias-forgotten"
  | "log-base-10"
  | "batch-mean-twice"
  | "sigma-prime-twice";

export const MISTAKES: Record<MistakeId, { title: string; explanation: string }> = {
  "sigma-prime-forgotten": {
    title: "Activation derivative forgotten",
    explanation: "Passing a gradient back through an activation multiplies it by σ′(z) element-wise; it was left out.",
  },
  "sigma-prime-of-a": {
    title: "σ′ evaluated at a instead of z",
    explanation:
      "σ′ must be taken at the pre-activation z (σ′(z) = a(1 − a)), not at the activation a (σ(a)(1 − σ(a))).",
  },
  "w-not-transposed": {
    title: "Transpose missing or misplaced",
    explanation:
      "Forward, z = x·W (column j of W feeds unit j); gradients flow back through Wᵀ (δ·Wᵀ) and weight gradients " +
      "are inputᵀ·δ. A transpose was dropped or added.",
  },
  "batch-mean-forgotten": {
    title: "Mean's 1/N forgotten",
    explanation:
      "The loss is a mean: over the n examples for softmax cross-entropy, over all n·d_out entries for MSE and binary " +
      "cross-entropy. Every gradient carries that 1/N; here all or part of it is missing, so the answer is too large " +
      "by the missing factor.",
  },
  "sign-flipped": {
    title: "Sign flipped",
    explanation: "The gradient points uphill: for these losses δ₂ is prediction minus target (a − y), not y − a.",
  },
  "wrong-layer-input": {
    title: "Wrong layer input",
    explanation:
      "A weight gradient pairs δ with that layer's own input: a₁ for W₂ and x for W₁ (not z₁ or the other layer's input).",
  },
  "bias-not-summed": {
    title: "Bias gradient not summed over the batch",
    explanation:
      "Every example uses the same bias, so db sums δ over all rows of the batch rather than taking one row.",
  },
  "mse-factor-2-dropped": {
    title: "Factor 2 of the squared error dropped",
    explanation: "d/da (a − y)² = 2(a − y); the 2 went missing, halving every gradient.",
  },
  "output-slope-not-cancelled": {
    title: "Output slope applied where the loss cancels it",
    explanation:
      "With a sigmoid output and binary cross-entropy, or softmax and cross-entropy, the output's slope cancels " +
      "against the loss's derivative and δ₂ = (a − y)/N; multiplying by a(1 − a) again shrinks δ₂ and all that follows.",
  },
  "paths-not-summed": {
    title: "Only one output's path followed",
    explanation:
      "A hidden unit feeds every output, so its gradient adds one term per output (δ₂·W₂ᵀ sums over them); " +
      "following a single output's path leaves the others out.",
  },
  "bias-forgotten": {
    title: "Bias left out",
    explanation:
      "Each layer adds its bias after the product, z = x·W + b, one bᵢ per unit; without it z is off by b and " +
      "everything computed from it follows.",
  },
  "log-base-10": {
    title: "log₁₀ used instead of ln",
    explanation:
      "Cross-entropy is written with the natural logarithm (as PyTorch computes it); with log₁₀ the loss is " +
      "ln 10 ≈ 2.303 times too small.",
  },
  "batch-mean-twice": {
    title: "Mean's 1/N applied twice",
    explanation:
      "δ₂ already carries the loss's 1/N, and every later gradient is built from it by products and sums; dividing a " +
      'weight or bias gradient by n again "because it is a batch" makes it n times too small.',
  },
  "sigma-prime-twice": {
    title: "Activation derivative applied twice",
    explanation:
      "Passing a gradient back through an activation multiplies it by σ′(z) once; here it was multiplied in a second " +
      "time, which shrinks that gradient and all that follows by another factor of σ′.",
  },
};

export const MISTAKE_IDS = Object.keys(MISTAKES) as MistakeId[];

// ---------------------------------------------------------------------------------------
// Comparing a learner's numbers
// ---------------------------------------------------------------------------------------

export interface Tolerance {
  rel: number;
  abs: number;
}

/**
 * Tolerance for numbers worked out by hand: an entry is right when
 * |submitted − expected| ≤ max(abs, rel·|expected|).
 *
 * rel 1e-2: people carry about three significant figures, and rounding each of a few
 * chained steps to 3 s.f. drifts by a few tenths of a percent, well inside 1%; every
 * mistake above moves values by more than that (factors n, 2, −1, or a different
 * function), except where it changes nothing, which diagnose excludes anyway.
 * abs 1e-3: near zero a relative test is meaningless (0.0004 written as 0 is 100% off but
 * right to three decimal places, which is what a learner writes).
 */
export const HAND_TOLERANCE: Readonly<Tolerance> = { rel: 1e-2, abs: 1e-3 };

export type EntryVerdicts = boolean | boolean[] | boolean[][];

export interface QuantityComparison {
  /** Shape fits and every entry is right. */
  ok: boolean;
  shapeMatches: boolean;
  expectedShape: [rows: number, cols: number];
  /** null when the submission is not a number, a number[] or a number[][]. */
  submittedShape: [rows: number, cols: number] | null;
  /** Per-entry verdict in the expected value's own shape; null when shapes differ. */
  entries: EntryVerdicts | null;
}

/**
 * Compares a submission with the expected value entry by entry. A vector may be
 * submitted as a flat array, a single row or a single column. Entries that are not
 * finite numbers (an empty or unparsable cell) are wrong.
 */
export function compareQuantity(
  expected: QuantityValue,
  submitted: unknown,
  tol: Partial<Tolerance> = HAND_TOLERANCE,
): QuantityComparison {
  const t = checkTolerance(tol);
  const e = toGrid(expected);
  const expectedShape = shapeOf(e);
  const s = toSubmittedGrid(submitted);
  if (s === null) return { ok: false, shapeMatches: false, expectedShape, submittedShape: null, entries: null };
  const submittedShape = s.ragged ? ([s.grid.length, -1] as [number, number]) : shapeOf(s.grid);
  const view = s.ragged ? null : alignTo(e, s.grid, isVector(expected));
  if (view === null) return { ok: false, shapeMatches: false, expectedShape, submittedShape, entries: null };

  const verdicts = e.map((row, i) => row.map((v, j) => entryRight(v, view[i]![j]!, t)));
  const ok = verdicts.every((row) => row.every(Boolean));
  const entries: EntryVerdicts =
    typeof expected === "number" ? verdicts[0]![0]! : isVector(expected) ? verdicts[0]! : verdicts;
  return { ok, shapeMatches: true, expectedShape, submittedShape, entries };
}

function entryRight(expected: number, submitted: number, t: Tolerance): boolean {
  return Number.isFinite(submitted) && Math.abs(submitted - expected) <= Math.max(t.abs, t.rel * Math.abs(expected));
}

function checkTolerance(tol: Partial<Tolerance>): Tolerance {
  const t = { ...HAND_TOLERANCE, ...tol };
  for (const k of ["rel", "abs"] as const) {
    if (typeof t[k] !== "number" || !Number.isFinite(t[k]) || t[k] < 0) {
      throw new EngineInputError(`tol.${k}`, `tol.${k} must be a non-negative finite number, got ${String(t[k])}`);
    }
  }
  return t;
}

// Internally every value is a grid: a scalar is 1×1, a vector one row.
type Grid = number[][];

function isVector(v: QuantityValue): v is number[] {
  return Array.isArray(v) && (v.length === 0 || typeof v[0] === "number");
}

function toGrid(v: QuantityValue): Grid {
  if (typeof v === "number") return [[v]];
  return isVector(v) ? [v] : v;
}

/** Reads whatever was submitted; non-numbers become NaN so they count as wrong entries. */
function toSubmittedGrid(v: unknown): { grid: Grid; ragged: boolean } | null {
  const num = (x: unknown): number => (typeof x === "number" ? x : NaN);
  if (typeof v === "number") return { grid: [[v]], ragged: false };
  if (!Array.isArray(v) || v.length === 0) return null;
  if (v.every((x) => !Array.isArray(x))) return { grid: [v.map(num)], ragged: false };
  if (!v.every((x) => Array.isArray(x))) return null;
  const grid = (v as unknown[][]).map((row) => row.map(num));
  const width = grid[0]!.length;
  return { grid, ragged: width === 0 || grid.some((row) => row.length !== width) };
}

/**
 * s in e's shape, or null. For a vector quantity (a bias gradient) a column is read as the
 * row it spells; for a matrix a transposed grid is a different answer, so it is not.
 */
function alignTo(e: Grid, s: Grid, vector: boolean): Grid | null {
  const [er, ec] = shapeOf(e);
  const [sr, sc] = shapeOf(s);
  if (er === sr && ec === sc) return s;
  if (vector && er === 1 && sc === 1 && sr === ec) return transpose(s);
  return null;
}

function close(expected: Grid, submitted: Grid, t: Tolerance, vector: boolean): boolean {
  const view = alignTo(expected, submitted, vector);
  if (view === null) return false;
  return expected.every((row, i) => row.every((v, j) => entryRight(v, view[i]![j]!, t)));
}

// ---------------------------------------------------------------------------------------
// The backward chain, one step at a time, and each mistake's version of each step
// ---------------------------------------------------------------------------------------

export type BackwardKey = (typeof BACKWARD_KEYS)[number];

interface Ctx {
  v: ValidSpec;
  truth: BackpropResult;
  /** 2(a₂ − y)/N: the mse gradient before the output activation's σ′. */
  mseRaw: Grid;
}

/** Which submitted gradient each step consumes; dz2 starts the chain. */
const UPSTREAM: Record<BackwardKey, BackwardKey | null> = {
  dz2: null,
  dW2: "dz2",
  db2: "dz2",
  da1: "dz2",
  dz1: "da1",
  dW1: "dz1",
  db1: "dz1",
  dx: "dz1",
};

/** The correct step, from an upstream gradient g. */
const STEP: Record<BackwardKey, (c: Ctx, g: Grid) => Grid> = {
  dz2: (c) => c.truth.dz2,
  dW2: (c, g) => matmulTransA(c.truth.a1, g),
  db2: (_c, g) => [columnSums(g)],
  da1: (c, g) => matmulTransB(g, c.v.spec.W2),
  dz1: (c, g) => zipMatrix(g, derivativeGrid(c.v.hidden, c.truth.z1, c.truth.a1), (a, b) => a * b),
  dW1: (c, g) => matmulTransA(c.v.spec.x, g),
  db1: (_c, g) => [columnSums(g)],
  dx: (c, g) => matmulTransB(g, c.v.spec.W1),
};

function derivativeGrid(op: ActivationOp, z: Grid, a: Grid): Grid {
  return zipMatrix(z, a, (zz, aa) => op.derivative(zz, aa));
}

/** σ′ evaluated at a, as if a were the pre-activation. */
function derivativeAtA(op: ActivationOp, a: Grid): Grid {
  return a.map((row) => row.map((v) => op.derivative(v, op.forward(v))));
}

const neg = (g: Grid): Grid => scaleMatrix(g, -1);
const mul = (a: Grid, b: Grid): Grid => zipMatrix(a, b, (x, y) => x * y);
/** Column k as an n×1 grid. */
const column = (m: Grid, k: number): Grid => m.map((row) => [row[k]!]);

interface MistakeRule {
  /** Alternative values for a step, given its upstream gradient g. May be transposed in shape. */
  steps: Partial<Record<BackwardKey, (c: Ctx, g: Grid) => Grid[]>>;
  /** Steps where a learner who has this habit makes it, for the consistent reading. */
  carried: BackwardKey[];
  /** Alternative values for the loss, if the mistake shows there. */
  loss?: (c: Ctx) => number[];
  /** Parameters as a learner with this habit uses them in the forward pass; every quantity is recomputed from them. */
  forward?: (c: Ctx) => Array<Partial<TwoLayerSpec>>;
}

/**
 * The factors a learner's answer is too large by when they drop all or part of the loss's mean. Softmax cross-entropy
 * averages over the n rows; mse and bce average over all n·d_out entries, and the usual slip there is averaging over
 * the batch only (summing the outputs), off by d_out, so with one example and two outputs the answer is twice the
 * truth. A mean over one is no slip.
 */
function meanFactors(c: Ctx): number[] {
  const { n, dOut } = c.v;
  const all = c.v.spec.loss === "softmax_ce" ? [n] : [n, dOut, n * dOut];
  return [...new Set(all)].filter((k) => k !== 1);
}

const batchScaled = (step: BackwardKey) => (c: Ctx, g: Grid) =>
  c.v.n > 1 ? [scaleMatrix(STEP[step](c, g), c.v.n)] : [];

/** The step divided by the batch size once more, after an upstream gradient that already holds the mean. */
const batchDividedAgain = (step: BackwardKey) => (c: Ctx, g: Grid) =>
  c.v.n > 1 ? [scaleMatrix(STEP[step](c, g), 1 / c.v.n)] : [];

/** A transpose is a different grid unless the grid is 1×1. */
const transposed = (m: Grid): Grid[] => (m.length === 1 && m[0]!.length === 1 ? [] : [transpose(m)]);

/** Activations whose slope at a equals their slope at z for every z. */
const SLOPE_SAME_AT_A: readonly string[] = ["identity", "relu"];

/** Activations whose slope is only ever 0 or 1, so multiplying it in twice is multiplying it in once. */
const SLOPE_ITS_OWN_SQUARE: readonly string[] = ["identity", "relu"];

const RULES: Record<MistakeId, MistakeRule> = {
  "sigma-prime-forgotten": {
    steps: {
      dz2: (c) => (c.v.spec.loss === "mse" && c.v.spec.output !== "identity" ? [c.mseRaw] : []),
      dz1: (c, g) => (c.v.spec.hidden !== "identity" ? [g] : []),
    },
    carried: ["dz2", "dz1"],
  },
  "sigma-prime-of-a": {
    // ReLU′(a) = ReLU′(z) everywhere (a > 0 exactly where z > 0), so for ReLU, as for the identity, there is no slip.
    steps: {
      dz2: (c) =>
        c.v.spec.loss === "mse" && !SLOPE_SAME_AT_A.includes(c.v.spec.output)
          ? [mul(c.mseRaw, derivativeAtA(c.v.output, c.truth.a2))]
          : [],
      dz1: (c, g) =>
        !SLOPE_SAME_AT_A.includes(c.v.spec.hidden) ? [mul(g, derivativeAtA(c.v.hidden, c.truth.a1))] : [],
    },
    carried: ["dz2", "dz1"],
  },
  "w-not-transposed": {
    steps: {
      dW2: (c, g) => transposed(STEP.dW2(c, g)),
      // δ₂·W₂ only multiplies out when W₂ is square; otherwise the learner's grid comes out transposed.
      da1: (c, g) => [
        ...(c.v.h === c.v.dOut && c.v.h > 1 ? [matmul(g, c.v.spec.W2)] : []),
        ...transposed(STEP.da1(c, g)),
      ],
      dW1: (c, g) => transposed(STEP.dW1(c, g)),
      dx: (c, g) => [...(c.v.dIn === c.v.h && c.v.h > 1 ? [matmul(g, c.v.spec.W1)] : []), ...transposed(STEP.dx(c, g))],
    },
    carried: ["da1", "dx"],
    // x·W₁ᵀ or a₁·W₂ᵀ, where the shapes let it through (a square matrix), one layer or both.
    forward: (c) => {
      const { W1, W2 } = c.v.spec;
      const one: Array<Partial<TwoLayerSpec>> = [
        ...(c.v.dIn === c.v.h && c.v.h > 1 ? [{ W1: transpose(W1) }] : []),
        ...(c.v.h === c.v.dOut && c.v.h > 1 ? [{ W2: transpose(W2) }] : []),
      ];
      return one.length === 2 ? [...one, { ...one[0], ...one[1] }] : one;
    },
  },
  "batch-mean-forgotten": {
    steps: {
      dz2: (c) => meanFactors(c).map((k) => scaleMatrix(c.truth.dz2, k)),
      dW2: batchScaled("dW2"),
      db2: batchScaled("db2"),
      dW1: batchScaled("dW1"),
      db1: batchScaled("db1"),
    },
    carried: ["dz2"],
    loss: (c) => meanFactors(c).map((k) => c.truth.loss * k),
  },
  "sign-flipped": {
    steps: Object.fromEntries(BACKWARD_KEYS.map((k) => [k, (c: Ctx, g: Grid) => [neg(STEP[k](c, g))]])),
    carried: ["dz2"],
  },
  "wrong-layer-input": {
    steps: {
      // z₁ is a₁ itself under an identity hidden layer, so that version only counts for other activations.
      dW2: (c, g) => [
        ...(c.v.dIn === c.v.h ? [matmulTransA(c.v.spec.x, g)] : []),
        ...(c.v.spec.hidden !== "identity" ? [matmulTransA(c.truth.z1, g)] : []),
      ],
      dW1: (c, g) => (c.v.dIn === c.v.h ? [matmulTransA(c.truth.a1, g), matmulTransA(c.truth.z1, g)] : []),
    },
    carried: [],
  },
  "bias-not-summed": {
    steps: {
      // One row of δ, or δ itself left unsummed (an n-row grid); with a batch of one, both are the sum.
      db2: (c, g) => (c.v.n > 1 ? [...g.map((row) => [row]), g] : []),
      db1: (c, g) => (c.v.n > 1 ? [...g.map((row) => [row]), g] : []),
    },
    carried: [],
  },
  "mse-factor-2-dropped": {
    steps: {
      dz2: (c) => (c.v.spec.loss === "mse" ? [scaleMatrix(c.truth.dz2, 0.5)] : []),
    },
    carried: ["dz2"],
  },
  "output-slope-not-cancelled": {
    steps: {
      // The slope of a sigmoid, or softmax's diagonal p(1 − p), multiplied into the already-cancelled (a − y)/N.
      dz2: (c) => (c.v.spec.loss === "mse" ? [] : [zipMatrix(c.truth.dz2, c.truth.a2, (g, a) => g * a * (1 - a))]),
    },
    carried: ["dz2"],
  },
  "bias-forgotten": {
    steps: {},
    carried: [],
    forward: (c) => {
      const b1 = c.v.spec.b1.map(() => 0);
      const b2 = c.v.spec.b2.map(() => 0);
      return [{ b1 }, { b2 }, { b1, b2 }];
    },
  },
  "log-base-10": {
    steps: {},
    carried: [],
    loss: (c) => (c.v.spec.loss === "mse" ? [] : [c.truth.loss / Math.LN10]),
  },
  "batch-mean-twice": {
    // Made after a right δ: the steps that sum over the batch divide by n as well. δ₂ itself with the mean applied
    // twice would be the mean over n·n, not a habit anyone has.
    steps: {
      dW2: batchDividedAgain("dW2"),
      db2: batchDividedAgain("db2"),
      dW1: batchDividedAgain("dW1"),
      db1: batchDividedAgain("db1"),
    },
    carried: [],
  },
  "sigma-prime-twice": {
    // Where the loss cancels the output's slope (bce, softmax) multiplying it in is output-slope-not-cancelled.
    steps: {
      dz2: (c) =>
        c.v.spec.loss === "mse" && !SLOPE_ITS_OWN_SQUARE.includes(c.v.spec.output)
          ? [mul(c.truth.dz2, derivativeGrid(c.v.output, c.truth.z2, c.truth.a2))]
          : [],
      dz1: (c, g) =>
        !SLOPE_ITS_OWN_SQUARE.includes(c.v.spec.hidden)
          ? [mul(STEP.dz1(c, g), derivativeGrid(c.v.hidden, c.truth.z1, c.truth.a1))]
          : [],
    },
    carried: ["dz2", "dz1"],
  },
  "paths-not-summed": {
    steps: {
      // δ₂'s column k times W₂'s column k: the hidden units' gradient through output k alone.
      da1: (c, g) =>
        c.v.dOut > 1
          ? Array.from({ length: c.v.dOut }, (_, k) => matmulTransB(column(g, k), column(c.v.spec.W2, k)))
          : [],
    },
    carried: ["da1"],
  },
};

/** A backward pass where each step's value comes from `at(key, g)`, g being that pass's own upstream gradient. */
function passWith(c: Ctx, at: (key: BackwardKey, g: Grid) => Grid): Record<BackwardKey, Grid> {
  const pass = {} as Record<BackwardKey, Grid>;
  for (const key of BACKWARD_KEYS) {
    const up = UPSTREAM[key];
    pass[key] = at(key, up === null ? c.truth.dz2 : pass[up]);
  }
  return pass;
}

/** Enough readings for every version of a carried step (one per output, at most) without a blow-up on big nets. */
const MAX_CARRIED_PASSES = 16;

/**
 * The whole backward pass of a learner who consistently makes this mistake, once per version of it: forgetting
 * part of the mean can be off by n or by d_out, one output's path can be any output's.
 */
function carriedPasses(c: Ctx, rule: MistakeRule): Array<Record<BackwardKey, Grid>> {
  let passes: Array<Record<BackwardKey, Grid>> = [{} as Record<BackwardKey, Grid>];
  for (const key of BACKWARD_KEYS) {
    const up = UPSTREAM[key];
    passes = passes.flatMap((pass) => {
      const g = up === null ? c.truth.dz2 : pass[up];
      const correct = STEP[key](c, g);
      const versions = rule.carried.includes(key)
        ? (rule.steps[key]?.(c, g) ?? []).filter((m) => sameShape(m, correct))
        : [];
      return (versions.length > 0 ? versions : [correct]).map((value) => ({ ...pass, [key]: value }));
    });
    passes = passes.slice(0, MAX_CARRIED_PASSES);
  }
  return passes;
}

/** The gradients computed from `step`'s value, directly or further down the chain (dz1 → dW1, db1, dx). */
export function downstreamOf(step: BackwardKey): BackwardKey[] {
  const out: BackwardKey[] = [];
  for (const key of BACKWARD_KEYS) {
    const up = UPSTREAM[key];
    if (up !== null && (up === step || out.includes(up))) out.push(key);
  }
  return out;
}

export interface Slip {
  mistake: MistakeId;
  step: BackwardKey;
  /** The backward pass with this step wrong and every other step right, so the error carries on downstream. */
  pass: Record<BackwardKey, Grid>;
}

/**
 * Every single slip the rules know at the given steps: each mistake's versions of one step, in the step's own shape
 * (a learner types into a grid of that shape), made with the true upstream gradient and carried down the chain.
 * Versions that are the correct value by construction are not rules (σ′ of an identity or a ReLU evaluated at a,
 * a mean or a sum over a batch of one, a transpose of a 1×1), so a slip that matches the truth does so by chance
 * on these numbers. Lazy, so a caller can stop at the first slip it cares about; pass `truth` when the caller
 * already has backprop(spec).
 */
export function* slips(
  spec: TwoLayerSpec,
  steps: readonly BackwardKey[] = BACKWARD_KEYS,
  truth: BackpropResult = backprop(spec),
): Generator<Slip> {
  const c = context(validateSpec(spec), truth);
  for (const step of steps) {
    const up = UPSTREAM[step];
    const g = up === null ? truth.dz2 : (truth[up] as Grid);
    const affected = new Set([step, ...downstreamOf(step)]);
    let correct: Grid | undefined;
    for (const mistake of MISTAKE_IDS) {
      const versions = RULES[mistake].steps[step]?.(c, g) ?? [];
      if (versions.length === 0) continue;
      correct ??= STEP[step](c, g);
      for (const version of versions) {
        if (!sameShape(version, correct)) continue;
        const pass = passWith(c, (key, gg) =>
          key === step ? version : affected.has(key) ? STEP[key](c, gg) : toGrid(truth[key]),
        );
        yield { mistake, step, pass };
      }
    }
  }
}

const FROM_Z2 = FORWARD_KEYS.filter((k) => k !== "z1" && k !== "a1");

export interface ForwardSlip {
  mistake: MistakeId;
  /**
   * The forward quantities the slip changes: from z₁ or from z₂ on, or the loss alone. The backward pass computed
   * from misused parameters (in `pass`) changes too, but a slip in the forward pass is what forward answers test.
   */
  reaches: readonly QuantityKey[];
  /**
   * Every quantity as a learner with this habit computes it: from misused parameters, the whole forward and backward
   * pass; a loss written another way changes the loss alone (δ₂ is worked out from a₂ and y, not from the loss).
   */
  pass: BackpropResult;
}

/**
 * Every forward-pass slip the rules know: parameters misused (a bias left out, a weight matrix read by rows) with
 * everything recomputed from them, and a loss written another way (log₁₀, a sum for a mean). As with slips, one
 * may equal the truth on these numbers (a symmetric W₁, a bias of 0): that is what a caller looks for.
 */
export function* forwardSlips(spec: TwoLayerSpec, truth: BackpropResult = backprop(spec)): Generator<ForwardSlip> {
  const c = context(validateSpec(spec), truth);
  for (const mistake of MISTAKE_IDS) {
    const rule = RULES[mistake];
    for (const params of rule.forward?.(c) ?? []) {
      const reaches = "W1" in params || "b1" in params ? FORWARD_KEYS : FROM_Z2;
      yield { mistake, reaches, pass: backprop({ ...spec, ...params }) };
    }
    for (const loss of rule.loss?.(c) ?? []) yield { mistake, reaches: ["loss"], pass: { ...truth, loss } };
  }
}

function context(v: ValidSpec, truth: BackpropResult): Ctx {
  const N = v.n * v.dOut;
  return { v, truth, mseRaw: zipMatrix(truth.a2, v.spec.y, (a, y) => (2 * (a - y)) / N) };
}

function sameShape(a: Grid, b: Grid): boolean {
  const [ar, ac] = shapeOf(a);
  const [br, bc] = shapeOf(b);
  return ar === br && ac === bc;
}

// ---------------------------------------------------------------------------------------
// diagnose
// ---------------------------------------------------------------------------------------

export type Submission = Partial<Record<QuantityKey, number[][] | number[] | number>>;

export interface Diagnosis {
  quantity: QuantityKey;
  mistake: MistakeId;
}

/**
 * Which mistakes explain the learner's submitted quantities. Correct quantities and
 * quantities no rule explains yield nothing; the result is in chain order, then in the
 * order of MISTAKES.
 */
export function diagnose(
  spec: TwoLayerSpec,
  submitted: Submission,
  tol: Partial<Tolerance> = HAND_TOLERANCE,
): Diagnosis[] {
  const t = checkTolerance(tol);
  const v = validateSpec(spec);
  const truth = backprop(spec);
  if (typeof submitted !== "object" || submitted === null) {
    throw new EngineInputError("submitted", "submitted must be an object keyed by quantity (dz2, dW2, …)");
  }
  for (const key of Object.keys(submitted)) {
    if (!(QUANTITY_ORDER as readonly string[]).includes(key)) {
      throw new EngineInputError(
        `submitted.${key}`,
        `"${key}" is not a quantity; expected one of ${QUANTITY_ORDER.join(", ")}`,
      );
    }
  }
  const c = context(v, truth);

  const grids: Partial<Record<QuantityKey, Grid>> = {};
  for (const key of QUANTITY_ORDER) {
    const s = toSubmittedGrid(submitted[key]);
    if (s !== null && !s.ragged) grids[key] = s.grid;
  }

  const found: Diagnosis[] = [];
  const cache = newPassCache();
  for (const quantity of QUANTITY_ORDER) {
    const s = grids[quantity];
    if (s === undefined) continue;
    const correct = toGrid(truth[quantity]);
    const vector = isVector(truth[quantity]);
    if (close(correct, s, t, vector)) continue;

    for (const mistake of MISTAKE_IDS) {
      const candidates = candidatesFor(c, mistake, quantity, correct, grids, cache);
      const matches = candidates.some(
        ({ value, reference }) =>
          close(value, s, t, vector) &&
          !closeEither(value, correct, t, vector) &&
          !closeEither(value, reference, t, vector),
      );
      if (matches) found.push({ quantity, mistake });
    }
  }
  return found;
}

/** A candidate comes with the value it must differ from to be told apart. */
interface Candidate {
  value: Grid;
  reference: Grid;
}

/** Each mistake's whole passes, worked out once per diagnosis. */
interface PassCache {
  carried: Map<MistakeId, Array<Record<BackwardKey, Grid>>>;
  misused: Map<MistakeId, BackpropResult[]>;
}

const newPassCache = (): PassCache => ({ carried: new Map(), misused: new Map() });

/** Each version of `quantity` a learner with this mistake may have written: carried down the chain, or at this step. */
function candidatesFor(
  c: Ctx,
  mistake: MistakeId,
  quantity: QuantityKey,
  correct: Grid,
  grids: Partial<Record<QuantityKey, Grid>>,
  cache: PassCache,
): Candidate[] {
  const rule = RULES[mistake];
  const candidates: Candidate[] = [];
  // Parameters misused in the forward pass, and everything the learner computed from them.
  if (rule.forward !== undefined) {
    let misused = cache.misused.get(mistake);
    if (misused === undefined) {
      misused = rule.forward(c).map((params) => backprop({ ...c.v.spec, ...params }));
      cache.misused.set(mistake, misused);
    }
    for (const pass of misused) candidates.push({ value: toGrid(pass[quantity]), reference: correct });
  }
  if (quantity === "loss") {
    for (const l of rule.loss?.(c) ?? []) candidates.push({ value: [[l]], reference: correct });
  } else if (isBackwardKey(quantity)) {
    if (rule.carried.length > 0) {
      let carried = cache.carried.get(mistake);
      if (carried === undefined) {
        carried = carriedPasses(c, rule);
        cache.carried.set(mistake, carried);
      }
      for (const pass of carried) candidates.push({ value: pass[quantity], reference: correct });
    }
    const stepRule = rule.steps[quantity];
    if (stepRule !== undefined) {
      for (const g of upstreamOptions(c, quantity, grids)) {
        const atThisStep = STEP[quantity](c, g);
        for (const value of stepRule(c, g)) candidates.push({ value, reference: atThisStep });
      }
    }
  }
  return candidates;
}

/** One submitted entry of a quantity: an exercise may ask for dW1[1][0] alone. A vector's entries sit in row 0. */
export interface EntrySubmission {
  quantity: QuantityKey;
  row: number;
  col: number;
  value: number;
}

/**
 * Which mistakes explain single submitted entries, in the same order as diagnose. A mistake's version counts only
 * in the quantity's own shape (the learner filled that entry, not a transposed grid's) and only when it moves this
 * entry: a version that leaves the entry right, or equal to the correct step's, tells nothing. With no upstream
 * gradient submitted, steps are redone from the true one.
 */
export function diagnoseEntries(
  spec: TwoLayerSpec,
  entries: readonly EntrySubmission[],
  tol: Partial<Tolerance> = HAND_TOLERANCE,
): Diagnosis[] {
  const t = checkTolerance(tol);
  const truth = backprop(spec);
  const c = context(validateSpec(spec), truth);
  const cache = newPassCache();
  const found: Diagnosis[] = [];
  for (const quantity of QUANTITY_ORDER) {
    const correct = toGrid(truth[quantity]);
    const mine = entries.filter((e) => e.quantity === quantity);
    for (const e of mine) {
      if (correct[e.row]?.[e.col] === undefined) {
        throw new EngineInputError("entries", `${quantity} has no entry [${e.row}][${e.col}]`);
      }
    }
    const wrong = mine.filter((e) => !entryRight(correct[e.row]![e.col]!, e.value, t));
    if (wrong.length === 0) continue;
    for (const mistake of MISTAKE_IDS) {
      const candidates = candidatesFor(c, mistake, quantity, correct, {}, cache);
      const matches = candidates.some(
        ({ value, reference }) =>
          sameShape(value, correct) &&
          wrong.every((e) => {
            const v = value[e.row]![e.col]!;
            const differs = (x: number) => !entryRight(x, v, t) && !entryRight(v, x, t);
            return entryRight(v, e.value, t) && differs(correct[e.row]![e.col]!) && differs(reference[e.row]![e.col]!);
          }),
      );
      if (matches) found.push({ quantity, mistake });
    }
  }
  return found;
}

/** Indistinguishable from the reference, in either direction of the tolerance test. */
function closeEither(a: Grid, b: Grid, t: Tolerance, vector: boolean): boolean {
  return close(a, b, t, vector) || close(b, a, t, vector);
}

function isBackwardKey(k: QuantityKey): k is BackwardKey {
  return (BACKWARD_KEYS as readonly string[]).includes(k);
}

/** The true upstream gradient, plus the learner's own when it is usable and different. */
function upstreamOptions(c: Ctx, key: BackwardKey, grids: Partial<Record<QuantityKey, Grid>>): Grid[] {
  const up = UPSTREAM[key];
  if (up === null) return [c.truth.dz2];
  const truthUp = toGrid(c.truth[up]);
  const mine = grids[up];
  const usable = mine !== undefined && sameShape(mine, truthUp) && mine.every((r) => r.every(Number.isFinite));
  return usable ? [truthUp, mine] : [truthUp];
}

// ---------------------------------------------------------------------------------------
// firstWrongStep
// ---------------------------------------------------------------------------------------

/**
 * The earliest wrong quantity along the derivation order z1 → … → loss → dz2 → dW2/db2 →
 * da1 → dz1 → dW1/db1 → dx, given per-quantity verdicts (booleans or comparisons).
 * Quantities without a verdict are skipped; null when nothing checked is wrong.
 * Everything after the first wrong step may only be carrying its error forward.
 */
export function firstWrongStep(verdicts: Partial<Record<QuantityKey, boolean | { ok: boolean }>>): QuantityKey | null {
  for (const key of QUANTITY_ORDER) {
    const v = verdicts[key];
    if (v === undefined) continue;
    if (!(typeof v === "boolean" ? v : v.ok)) return key;
  }
  return null;
}
