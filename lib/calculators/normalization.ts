/**
 * BatchNorm and LayerNorm on a small n × d matrix (n examples as rows, d features as
 * columns), every intermediate kept for display.
 *
 *   x̂ = (x − μ) / √(σ² + ε),   y = γ ⊙ x̂ + β       (γ, β: one per feature)
 *
 * BatchNorm takes μ, σ² per feature, down each column (over the batch, axis 0);
 * LayerNorm per example, along each row (over the features, axis 1). σ² is the biased
 * variance (divide by the count), as both use while training. BatchNorm at inference uses
 * running averages instead, updated in training as in PyTorch:
 *   running ← (1 − momentum)·running + momentum·batch statistic,
 * where the running *variance* takes the unbiased batch variance (÷ (n − 1)).
 */
import { EngineInputError } from "@/lib/engine";
import { fmt, paren } from "./format";
import { finiteResult, matrix, num, vector } from "./validate";

export type Matrix = number[][];

/** Rows and columns accepted: the calculator is for hand-sized examples. */
export const MAX_NORM_DIM = 64;

export interface NormOptions {
  /** Per-feature scale γ (length d); default all 1. */
  gamma?: readonly number[];
  /** Per-feature shift β (length d); default all 0. */
  beta?: readonly number[];
  /** Added to σ² inside the root; default 1e-5 (PyTorch's). 0 is allowed when no σ² is 0. */
  eps?: number;
}

export interface NormResult {
  kind: "batch" | "layer";
  /** 0: statistics down each column (per feature, over the batch); 1: along each row (per example). */
  axis: 0 | 1;
  axisLabel: string;
  /** Where μ and σ² came from: this batch, or the running averages (BatchNorm inference). */
  statistics: "batch" | "running";
  input: Matrix;
  /** One per feature (axis 0) or per example (axis 1). */
  mean: number[];
  /** Biased (÷ count) variance used to normalize. */
  variance: number[];
  /** √(σ² + ε). */
  std: number[];
  eps: number;
  /** x̂. */
  normalized: Matrix;
  gamma: number[];
  beta: number[];
  /** γ ⊙ x̂ + β. */
  output: Matrix;
  /** One entry worked through: the first column's (or row's) first value. */
  formula: string;
}

interface Inputs {
  x: Matrix;
  n: number;
  d: number;
  gamma: number[];
  beta: number[];
  eps: number;
}

function readInputs(x: unknown, options: NormOptions): Inputs {
  const [n, d] = matrix(x, "x", { maxRows: MAX_NORM_DIM, maxCols: MAX_NORM_DIM });
  const gamma =
    options.gamma === undefined ? new Array<number>(d).fill(1) : vector(options.gamma, "gamma", { length: d });
  const beta = options.beta === undefined ? new Array<number>(d).fill(0) : vector(options.beta, "beta", { length: d });
  const eps = num(options.eps ?? 1e-5, "eps", { min: 0, max: 1 });
  return { x: (x as Matrix).map((r) => r.slice()), n, d, gamma, beta, eps };
}

function meanOf(v: readonly number[]): number {
  // A constant group's mean is its value: summed, 0.1 + 0.1 + 0.1 = 0.30000000000000004 would put the mean a hair
  // off, leave a variance of 2e-34 instead of 0, and with ε = 0 normalize every entry to −1.
  if (v.every((x) => x === v[0])) return v[0]! + 0;
  return v.reduce((a, b) => a + b, 0) / v.length;
}

/** Biased variance: mean of squared deviations. */
function varianceOf(v: readonly number[], mean: number): number {
  return v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length;
}

function column(x: Matrix, j: number): number[] {
  return x.map((row) => row[j]!);
}

function finish(
  kind: "batch" | "layer",
  statistics: "batch" | "running",
  inp: Inputs,
  mean: number[],
  variance: number[],
): NormResult {
  const axis = kind === "batch" ? 0 : 1;
  const std = variance.map((v, k) => {
    const s = Math.sqrt(v + inp.eps);
    if (s === 0) {
      throw new EngineInputError(
        "eps",
        // Counted from 1, as the learner reads the matrix (and as the result's table heads its columns).
        `${axis === 0 ? "feature" : "row"} ${k + 1} has variance 0; eps must be > 0 to normalize it`,
      );
    }
    return s;
  });
  // The statistic index of entry (i, j): its column for BatchNorm, its row for LayerNorm.
  const at = (i: number, j: number) => (axis === 0 ? j : i);
  const normalized = inp.x.map((row, i) => row.map((v, j) => (v - mean[at(i, j)]!) / std[at(i, j)]! + 0));
  const output = normalized.map((row) => row.map((h, j) => inp.gamma[j]! * h + inp.beta[j]! + 0));
  const x00 = inp.x[0]![0]!;
  const formula =
    `\\hat x_{00} = \\frac{x_{00} - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} = \\frac{${fmt(x00)} - ${paren(mean[0]!)}}{\\sqrt{${fmt(variance[0]!)} + ${fmt(inp.eps)}}} = ${fmt(normalized[0]![0]!)},\\quad ` +
    `y_{00} = ${fmt(inp.gamma[0]!)} \\cdot ${paren(normalized[0]![0]!)} + ${paren(inp.beta[0]!)} = ${fmt(output[0]![0]!)}`;
  finiteResult({ mean, variance, normalized, output }, "x");
  return {
    kind,
    axis,
    axisLabel:
      axis === 0 ? "per feature, over the batch (down each column)" : "per example, over the features (along each row)",
    statistics,
    input: inp.x,
    mean,
    variance,
    std,
    eps: inp.eps,
    normalized,
    gamma: inp.gamma,
    beta: inp.beta,
    output,
    formula,
  };
}

/** LayerNorm: each row normalized by its own mean and variance; same in training and inference. */
export function layerNorm(x: Matrix, options: NormOptions = {}): NormResult {
  const inp = readInputs(x, options);
  const mean = inp.x.map(meanOf);
  const variance = inp.x.map((row, i) => varianceOf(row, mean[i]!));
  return finish("layer", "batch", inp, mean, variance);
}

export interface RunningStats {
  mean: number[];
  variance: number[];
}

export interface BatchNormOptions extends NormOptions {
  /** "train" (default): normalize with this batch's statistics and update the running ones. */
  mode?: "train" | "inference";
  /** Running averages before this call; default mean 0, variance 1 (PyTorch's initial state). */
  running?: RunningStats;
  /** Weight of the new batch in the running average; default 0.1 (PyTorch's). */
  momentum?: number;
}

export interface BatchNormResult extends NormResult {
  mode: "train" | "inference";
  momentum: number;
  /** Training only: the unbiased batch variance (÷ (n − 1)) that feeds the running variance. */
  unbiasedVariance: number[] | null;
  runningBefore: RunningStats;
  /** Equal to runningBefore at inference. */
  runningAfter: RunningStats;
}

/**
 * BatchNorm over the batch axis. In training, needs n ≥ 2 (one example has no spread to
 * estimate; PyTorch refuses it too).
 */
export function batchNorm(x: Matrix, options: BatchNormOptions = {}): BatchNormResult {
  const inp = readInputs(x, options);
  const mode = options.mode ?? "train";
  if (mode !== "train" && mode !== "inference")
    throw new EngineInputError("mode", `mode must be "train" or "inference", got ${String(mode)}`);
  const momentum = num(options.momentum ?? 0.1, "momentum", { min: 0, max: 1 });
  const runningBefore: RunningStats = {
    mean:
      options.running === undefined
        ? new Array<number>(inp.d).fill(0)
        : vector(options.running.mean, "running.mean", { length: inp.d }),
    variance:
      options.running === undefined
        ? new Array<number>(inp.d).fill(1)
        : vector(options.running.variance, "running.variance", { length: inp.d }),
  };
  runningBefore.variance.forEach((v, j) => {
    if (v < 0)
      throw new EngineInputError(`running.variance[${j}]`, `running.variance[${j}] is ${v}; a variance is ≥ 0`);
  });

  if (mode === "inference") {
    const r = finish("batch", "running", inp, runningBefore.mean, runningBefore.variance);
    return { ...r, mode, momentum, unbiasedVariance: null, runningBefore, runningAfter: runningBefore };
  }
  if (inp.n < 2)
    throw new EngineInputError("x", "BatchNorm training needs at least 2 rows (examples) to estimate a variance");
  const cols = Array.from({ length: inp.d }, (_, j) => column(inp.x, j));
  const mean = cols.map(meanOf);
  const variance = cols.map((c, j) => varianceOf(c, mean[j]!));
  const unbiasedVariance = variance.map((v) => (v * inp.n) / (inp.n - 1));
  const runningAfter: RunningStats = {
    mean: runningBefore.mean.map((m, j) => (1 - momentum) * m + momentum * mean[j]!),
    variance: runningBefore.variance.map((v, j) => (1 - momentum) * v + momentum * unbiasedVariance[j]!),
  };
  finiteResult({ unbiasedVariance, runningAfter }, "x");
  const r = finish("batch", "batch", inp, mean, variance);
  return { ...r, mode, momentum, unbiasedVariance, runningBefore, runningAfter };
}
