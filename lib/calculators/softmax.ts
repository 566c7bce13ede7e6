/**
 * Softmax and cross-entropy as a calculator: the max-subtracted computation step by step,
 * the naive one next to it (to show the overflow), the loss and its gradient p − y.
 *
 * The loss and gradient are the engine's own softmax_ce (one example, so its mean over rows
 * is the plain loss); this module adds the intermediate values for display.
 */
import { ACTIVATIONS, EngineInputError, LOSSES } from "@/lib/engine";
import { fmt, fmtVector, paren } from "./format";
import { int, vector } from "./validate";

/** At most this many classes, to keep the display readable and the work trivial. */
export const MAX_CLASSES = 1000;
/** How far a target distribution may sum from 1 (the engine's own tolerance). */
export const TARGET_TOLERANCE = 1e-9;

export interface NaiveSoftmax {
  /** e^{zᵢ} without the shift; null where it overflowed to ∞ (zᵢ > ~709.78). */
  exps: (number | null)[];
  /** Σ e^{zᵢ}; null when it overflowed. */
  sum: number | null;
  /** e^{zᵢ}/Σ; null where the division was ∞/∞ or 0/0 (NaN). */
  probabilities: (number | null)[];
  /** Some e^{zᵢ} (or their sum) is ∞: the division gives NaN. */
  overflow: boolean;
  /** Every e^{zᵢ} rounded to 0 (all logits below ~−745): 0/0. */
  underflow: boolean;
  /** The naive result equals the stable one to 1e-12 in every entry. */
  agrees: boolean;
}

export interface SoftmaxResult {
  logits: number[];
  /** Always true: m = max zᵢ is subtracted before exponentiating, so every e^{zᵢ−m} ≤ 1. */
  maxSubtracted: true;
  max: number;
  shifted: number[];
  /** e^{zᵢ − m}. */
  exps: number[];
  /** Σ e^{zᵢ − m} ∈ [1, k]. */
  sum: number;
  probabilities: number[];
  /** log pᵢ = zᵢ − m − log Σ, finite even where pᵢ rounds to 0. */
  logProbabilities: number[];
  /** logsumexp(z) = m + log Σ. */
  logSumExp: number;
  naive: NaiveSoftmax;
  formula: string;
}

/** pᵢ = e^{zᵢ−m} / Σⱼ e^{zⱼ−m} with m = max z; shift-invariant, so equal to e^{zᵢ}/Σ e^{zⱼ}. */
export function softmax(logits: readonly number[]): SoftmaxResult {
  const z = vector(logits, "logits", { maxLength: MAX_CLASSES });
  const max = Math.max(...z);
  const shifted = z.map((v) => v - max);
  const exps = shifted.map(Math.exp);
  const sum = exps.reduce((a, b) => a + b, 0);
  // The engine's softmax_ce.predict is this same max-shifted computation.
  const probabilities = LOSSES.softmax_ce.predict([z], ACTIVATIONS.identity)[0]!;
  const logSum = Math.log(sum);
  const logProbabilities = shifted.map((s) => s - logSum);
  const naive = naiveSoftmax(z, probabilities);
  const formula = `m = \\max z = ${fmt(max)},\\; p_i = \\frac{e^{z_i - m}}{\\sum_j e^{z_j - m}} = \\frac{${fmtVector(exps)}}{${fmt(sum)}} = ${fmtVector(probabilities)}`;
  return {
    logits: z,
    maxSubtracted: true,
    max,
    shifted,
    exps,
    sum,
    probabilities,
    logProbabilities,
    logSumExp: max + logSum,
    naive,
    formula,
  };
}

function naiveSoftmax(z: number[], stable: number[]): NaiveSoftmax {
  const raw = z.map(Math.exp);
  const rawSum = raw.reduce((a, b) => a + b, 0);
  const rawP = raw.map((e) => e / rawSum);
  const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);
  const overflow = !Number.isFinite(rawSum);
  const underflow = rawSum === 0;
  const agrees = rawP.every((p, i) => Number.isFinite(p) && Math.abs(p - stable[i]!) <= 1e-12);
  return {
    exps: raw.map(finiteOrNull),
    sum: finiteOrNull(rawSum),
    probabilities: rawP.map(finiteOrNull),
    overflow,
    underflow,
    agrees,
  };
}

export interface CrossEntropyResult {
  softmax: SoftmaxResult;
  /** The target as a distribution (one-hot when given as a class index). */
  target: number[];
  /** The class index when the target is one-hot, else null. */
  targetClass: number | null;
  /** L = −Σ yᵢ log pᵢ (= −log p_c for a class c). */
  loss: number;
  /** ∂L/∂z = p − y. */
  gradient: number[];
  formula: { loss: string; gradient: string };
}

/**
 * Cross-entropy of softmax(logits) against a class index or a target distribution
 * (one-hot or soft; non-negative, summing to 1), with ∂L/∂z = p − y.
 */
export function crossEntropy(logits: readonly number[], target: number | readonly number[]): CrossEntropyResult {
  const s = softmax(logits);
  const k = s.logits.length;
  let y: number[];
  if (typeof target === "number") {
    y = new Array<number>(k).fill(0);
    y[int(target, "target", 0, k - 1)] = 1;
  } else {
    y = vector(target, "target", { length: k });
    y.forEach((v, i) => {
      if (v < 0) throw new EngineInputError(`target[${i}]`, `target[${i}] is ${v}; target probabilities must be ≥ 0`);
    });
    const total = y.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > TARGET_TOLERANCE) {
      throw new EngineInputError("target", `target sums to ${total}; it must sum to 1 (one-hot or a distribution)`);
    }
  }
  const ones = y.filter((v) => v === 1);
  const targetClass = ones.length === 1 && y.every((v) => v === 0 || v === 1) ? y.indexOf(1) : null;

  const loss = LOSSES.softmax_ce.forward([s.logits], [s.probabilities], [y]);
  const gradient = LOSSES.softmax_ce
    .backward([s.logits], [s.probabilities], [y], ACTIVATIONS.identity)[0]!
    .map((g) => g + 0);

  const lossFormula =
    targetClass !== null
      ? `L = -\\log p_{${targetClass}} = -(z_{${targetClass}} - \\operatorname{logsumexp}(z)) = -(${fmt(s.logits[targetClass]!)} - ${paren(s.logSumExp)}) = ${fmt(loss, 6)}`
      : `L = -\\sum_i y_i \\log p_i = ${fmt(loss, 6)}`;
  return {
    softmax: s,
    target: y,
    targetClass,
    loss,
    gradient,
    formula: {
      loss: lossFormula,
      gradient: `\\frac{\\partial L}{\\partial z} = p - y = ${fmtVector(s.probabilities)} - ${fmtVector(y)} = ${fmtVector(gradient)}`,
    },
  };
}
