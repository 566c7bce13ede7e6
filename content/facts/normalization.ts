// Computable numbers the normalization deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import { batchNorm, layerNorm } from "@/lib/calculators";
import type { Fact } from "@/lib/content/fact-types";

/** The column the deck normalizes by hand, one example per row. */
const COLUMN = [[1], [3], [5], [7]];
/** Its BatchNorm in training mode with ε negligible (0), as the items compute it. */
const bn = (options: { gamma?: number[]; beta?: number[]; eps?: number } = {}) =>
  batchNorm(COLUMN, { eps: 0, ...options });
const xhat = (i: number) => bn().normalized[i]![0]!;
const deviation = (i: number) => COLUMN[i]![0]! - bn().mean[0]!;
const sumSquaredDeviations = () => [0, 1, 2, 3].reduce((s, i) => s + deviation(i) ** 2, 0);

/** ∂L/∂x for L = Σ gᵢ yᵢ through training-mode BatchNorm, by central differences on the calculator. */
function bnInputGradient(g: readonly number[]): number[] {
  const x = COLUMN.map((r) => r[0]!);
  const loss = (xs: number[]) =>
    batchNorm(
      xs.map((v) => [v]),
      { eps: 0 },
    ).output.reduce((s, row, i) => s + g[i]! * row[0]!, 0);
  const h = 1e-5;
  return x.map((_, i) => {
    const up = x.map((v, k) => (k === i ? v + h : v));
    const down = x.map((v, k) => (k === i ? v - h : v));
    return (loss(up) - loss(down)) / (2 * h);
  });
}
const G = [1, 0, 0, 0];

/** Running mean after `steps` training batches of mean 4 (rows 3 and 5), from `start`, PyTorch momentum 0.1. */
function runningMeanAfter(steps: number, start: number): number {
  let mean = start;
  for (let k = 0; k < steps; k++) {
    mean = batchNorm([[3], [5]], { running: { mean: [mean], variance: [1] } }).runningAfter.mean[0]!;
  }
  return mean;
}

/** The fold example: b = 0.5, running mean 2, running variance + ε = 4, γ = 3, β = 1. */
const FOLD = { b: 0.5, mean: 2, varEps: 4, gamma: 3, beta: 1 };
const foldScale = () => FOLD.gamma / Math.sqrt(FOLD.varEps);
const foldBias = () => foldScale() * (FOLD.b - FOLD.mean) + FOLD.beta;
/** Eval-mode BatchNorm of one pre-activation z with the fold example's statistics. */
const foldBn = (z: number) =>
  batchNorm([[z]], {
    mode: "inference",
    running: { mean: [FOLD.mean], variance: [FOLD.varEps] },
    gamma: [FOLD.gamma],
    beta: [FOLD.beta],
    eps: 0,
  }).output[0]![0]!;

const ln1236 = () => layerNorm([[1, 2, 3, 6]], { eps: 0 });
const rms34 = () => Math.sqrt((3 ** 2 + 4 ** 2) / 2);

export const normalizationFacts = {
  "bn-running-mean-steps-within-10-percent": {
    stated: 22,
    digits: 2,
    what: "smallest k with 0.9ᵏ ≤ 0.1: running-mean steps (momentum 0.1) to get within 10 %",
    compute: () => Math.ceil(Math.log(0.1) / Math.log(0.9)),
  },
  "nm-col1357-mean": {
    stated: 4,
    digits: 2,
    what: "batch mean of the column (1, 3, 5, 7)",
    compute: () => bn().mean[0]!,
  },
  "nm-col1357-dev-1": {
    stated: -3,
    digits: 2,
    what: "deviation of 1 from the column mean",
    compute: () => deviation(0),
  },
  "nm-col1357-dev-3": {
    stated: -1,
    digits: 2,
    what: "deviation of 3 from the column mean",
    compute: () => deviation(1),
  },
  "nm-col1357-dev-5": {
    stated: 1,
    digits: 2,
    what: "deviation of 5 from the column mean",
    compute: () => deviation(2),
  },
  "nm-col1357-dev-7": {
    stated: 3,
    digits: 2,
    what: "deviation of 7 from the column mean",
    compute: () => deviation(3),
  },
  "nm-col1357-dev-sq-outer": { stated: 9, digits: 2, what: "(1 − 4)²", compute: () => deviation(0) ** 2 },
  "nm-col1357-dev-sq-inner": { stated: 1, digits: 2, what: "(3 − 4)²", compute: () => deviation(1) ** 2 },
  "nm-col1357-sum-sq-dev": {
    stated: 20,
    digits: 2,
    what: "sum of squared deviations of (1, 3, 5, 7)",
    compute: sumSquaredDeviations,
  },
  "nm-col1357-var": {
    stated: 5,
    digits: 2,
    what: "biased batch variance of (1, 3, 5, 7)",
    compute: () => bn().variance[0]!,
  },
  "nm-col1357-std": {
    stated: 2.236,
    digits: 4,
    what: "√(σ² + ε) for the column (1, 3, 5, 7), PyTorch's ε",
    compute: () => batchNorm(COLUMN).std[0]!,
  },
  "nm-col1357-xhat-1": { stated: -1.342, digits: 4, what: "x̂ of 1 in (1, 3, 5, 7)", compute: () => xhat(0) },
  "nm-col1357-xhat-3": { stated: -0.447, digits: 3, what: "x̂ of 3 in (1, 3, 5, 7)", compute: () => xhat(1) },
  "nm-col1357-xhat-5": { stated: 0.447, digits: 3, what: "x̂ of 5 in (1, 3, 5, 7)", compute: () => xhat(2) },
  "nm-col1357-xhat-7": { stated: 1.342, digits: 4, what: "x̂ of 7 in (1, 3, 5, 7)", compute: () => xhat(3) },
  "nm-col1357-unbiased-xhat-7": {
    stated: 1.162,
    digits: 4,
    what: "mistake: 7 normalized with the unbiased variance 20/3",
    compute: () => deviation(3) / Math.sqrt(bn().unbiasedVariance![0]!),
  },
  "nm-col1357-by-variance-7": {
    stated: 0.6,
    digits: 2,
    what: "mistake: deviation of 7 divided by the variance instead of the standard deviation",
    compute: () => deviation(3) / bn().variance[0]!,
  },
  "nm-col1357-by-max-dev-7": {
    stated: 1,
    digits: 2,
    what: "mistake: deviation of 7 divided by the largest absolute deviation",
    compute: () => deviation(3) / Math.max(...[0, 1, 2, 3].map((i) => Math.abs(deviation(i)))),
  },
  "nm-col1357-y-1": {
    stated: -2.183,
    digits: 4,
    what: "BatchNorm output of 1 in (1, 3, 5, 7), γ = 2, β = 0.5",
    compute: () => batchNorm(COLUMN, { gamma: [2], beta: [0.5] }).output[0]![0]!,
  },
  "nm-col1357-y-3": {
    stated: -0.394,
    digits: 3,
    what: "BatchNorm output of 3, γ = 2, β = 0.5",
    compute: () => batchNorm(COLUMN, { gamma: [2], beta: [0.5] }).output[1]![0]!,
  },
  "nm-col1357-y-5": {
    stated: 1.394,
    digits: 4,
    what: "BatchNorm output of 5, γ = 2, β = 0.5",
    compute: () => batchNorm(COLUMN, { gamma: [2], beta: [0.5] }).output[2]![0]!,
  },
  "nm-col1357-y-7": {
    stated: 3.183,
    digits: 4,
    what: "BatchNorm output of 7, γ = 2, β = 0.5",
    compute: () => batchNorm(COLUMN, { gamma: [2], beta: [0.5] }).output[3]![0]!,
  },
  "nm-col1357-eps-decimal-place": {
    stated: 6,
    digits: 1,
    what: "first decimal place where PyTorch's ε = 1e-5 moves an output of (1, 3, 5, 7), γ = 2, β = 0.5",
    compute: () => {
      const withEps = batchNorm(COLUMN, { gamma: [2], beta: [0.5] }).output;
      const without = bn({ gamma: [2], beta: [0.5] }).output;
      const largest = Math.max(...withEps.map((r, i) => Math.abs(r[0]! - without[i]![0]!)));
      return Math.ceil(-Math.log10(largest));
    },
  },
  "nm-conv-values-per-channel": {
    stated: 8192,
    digits: 4,
    what: "N·H·W for 8 images of 32 × 32",
    compute: () => 8 * 32 * 32,
  },
  "nm-col1357-mean-g": {
    stated: 0.25,
    digits: 2,
    what: "⟨g⟩ for g = (1, 0, 0, 0)",
    compute: () => G.reduce((a, b) => a + b) / 4,
  },
  "nm-col1357-mean-g-xhat": {
    stated: -0.335,
    digits: 3,
    what: "⟨g x̂⟩ for g = (1, 0, 0, 0) on the column (1, 3, 5, 7)",
    compute: () => G.reduce((s, g, i) => s + g * xhat(i), 0) / 4,
  },
  "nm-col1357-dx-1": {
    stated: 0.134,
    digits: 3,
    what: "∂L/∂x₁ through BatchNorm, g = (1, 0, 0, 0), by central differences",
    compute: () => bnInputGradient(G)[0]!,
  },
  "nm-col1357-dx-3": { stated: -0.179, digits: 3, what: "∂L/∂x₂, as above", compute: () => bnInputGradient(G)[1]! },
  "nm-col1357-dx-5": { stated: -0.045, digits: 2, what: "∂L/∂x₃, as above", compute: () => bnInputGradient(G)[2]! },
  "nm-col1357-dx-7": { stated: 0.089, digits: 2, what: "∂L/∂x₄, as above", compute: () => bnInputGradient(G)[3]! },
  "nm-col1357-naive-dx-1": {
    stated: 0.447,
    digits: 3,
    what: "mistake: g₁/s with μ and σ treated as constants",
    compute: () => G[0]! / bn().std[0]!,
  },
  "nm-col1357-naive-over-true-dx-1": {
    stated: 3.3,
    digits: 2,
    what: "how many times the naive g₁/s exceeds the true ∂L/∂x₁",
    compute: () => G[0]! / bn().std[0]! / bnInputGradient(G)[0]!,
  },
  "nm-running-mean-one-step": {
    stated: 2.2,
    digits: 2,
    what: "running mean 2.0 after one batch of mean 4.0, momentum 0.1",
    compute: () => runningMeanAfter(1, 2),
  },
  "nm-running-mean-old-part": { stated: 1.8, digits: 2, what: "(1 − 0.1) × 2.0", compute: () => (1 - 0.1) * 2 },
  "nm-running-mean-new-part": { stated: 0.4, digits: 2, what: "0.1 × 4.0", compute: () => 0.1 * 4 },
  "nm-momentum-complement-01": { stated: 0.9, digits: 2, what: "1 − 0.1", compute: () => 1 - 0.1 },
  "nm-running-mean-keras-reading": {
    stated: 3.8,
    digits: 2,
    what: "mistake: 0.1 read as the old value's weight, 0.1 × 2.0 + 0.9 × 4.0",
    compute: () => 0.1 * 2 + (1 - 0.1) * 4,
  },
  "nm-running-mean-plain-average": { stated: 3, digits: 2, what: "mistake: (2.0 + 4.0)/2", compute: () => (2 + 4) / 2 },
  "nm-running-decay-10": { stated: 0.349, digits: 3, what: "0.9¹⁰", compute: () => (1 - 0.1) ** 10 },
  "nm-running-mean-10-steps": {
    stated: 2.61,
    digits: 3,
    what: "running mean after 10 batches of mean 4 from 0, momentum 0.1",
    compute: () => runningMeanAfter(10, 0),
  },
  "nm-running-decay-22": { stated: 0.098, digits: 2, what: "0.9²²", compute: () => (1 - 0.1) ** 22 },
  "nm-keras-099-in-pytorch": {
    stated: 0.01,
    digits: 2,
    what: "PyTorch momentum equal to Keras momentum 0.99, 1 − 0.99",
    compute: () => 1 - 0.99,
  },
  "nm-fold-std": {
    stated: 2,
    digits: 2,
    what: "√4, the running standard deviation",
    compute: () => Math.sqrt(FOLD.varEps),
  },
  "nm-fold-scale": { stated: 1.5, digits: 2, what: "s = γ/√(σ̂² + ε) = 3/√4", compute: foldScale },
  "nm-fold-bias": { stated: -1.25, digits: 3, what: "b′ = s(b − μ̂) + β", compute: foldBias },
  "nm-fold-bias-no-b": {
    stated: -2,
    digits: 2,
    what: "mistake: β − sμ̂, forgetting the original bias",
    compute: () => FOLD.beta - foldScale() * FOLD.mean,
  },
  "nm-fold-scale-by-variance": {
    stated: 0.75,
    digits: 2,
    what: "mistake: γ divided by the variance 4",
    compute: () => FOLD.gamma / FOLD.varEps,
  },
  "nm-fold-bias-by-variance": {
    stated: -0.125,
    digits: 3,
    what: "mistake: the folded bias with γ divided by the variance",
    compute: () => (FOLD.gamma / FOLD.varEps) * (FOLD.b - FOLD.mean) + FOLD.beta,
  },
  "nm-fold-bias-no-mean": {
    stated: 1.75,
    digits: 3,
    what: "mistake: s·b + β, never subtracting the running mean",
    compute: () => foldScale() * FOLD.b + FOLD.beta,
  },
  "nm-fold-check-z": { stated: 4, digits: 2, what: "z = xW + b for xW = 3.5", compute: () => 3.5 + FOLD.b },
  "nm-fold-check-bn": {
    stated: 4,
    digits: 2,
    what: "eval-mode BatchNorm of z = 4 with the fold example's statistics",
    compute: () => foldBn(3.5 + FOLD.b),
  },
  "nm-fold-check-folded": {
    stated: 4,
    digits: 2,
    what: "the folded layer s·3.5 + b′",
    compute: () => foldScale() * 3.5 + foldBias(),
  },
  "nm-dropout-var-q05": {
    stated: 2,
    digits: 2,
    what: "E[(am/q)²] = E[a²]/q for a zero-mean unit-variance a, q = 0.5",
    compute: () => 1 / 0.5,
  },
  "nm-dropout-eval-std-q05": {
    stated: 0.71,
    digits: 2,
    what: "eval-mode std after BatchNorm divides by √2: 1/√(1/q), q = 0.5",
    compute: () => 1 / Math.sqrt(1 / 0.5),
  },
  "nm-dropout-var-q09": { stated: 1.11, digits: 3, what: "E[a²]/q for q = 0.9", compute: () => 1 / 0.9 },
  "nm-bn2d-256-params": { stated: 512, digits: 3, what: "γ and β of BatchNorm2d(256)", compute: () => 2 * 256 },
  "nm-bn2d-256-buffers": {
    stated: 512,
    digits: 3,
    what: "running mean and variance of BatchNorm2d(256)",
    compute: () => 2 * 256,
  },
  "nm-identity-gamma-var5": {
    stated: 2.236,
    digits: 4,
    what: "γ = √(σ² + ε) that undoes normalization for variance 5",
    compute: () => Math.sqrt(5 + 1e-5),
  },
  "nm-rms34-sq-3": { stated: 9, digits: 2, what: "3²", compute: () => 3 ** 2 },
  "nm-rms34-sq-4": { stated: 16, digits: 2, what: "4²", compute: () => 4 ** 2 },
  "nm-rms34-mean-sq": { stated: 12.5, digits: 3, what: "(3² + 4²)/2", compute: () => (3 ** 2 + 4 ** 2) / 2 },
  "nm-rms34": { stated: 3.536, digits: 4, what: "root mean square of (3, 4)", compute: rms34 },
  "nm-rms34-y-3": { stated: 0.849, digits: 3, what: "RMSNorm of (3, 4), first entry", compute: () => 3 / rms34() },
  "nm-rms34-y-4": { stated: 1.131, digits: 4, what: "RMSNorm of (3, 4), second entry", compute: () => 4 / rms34() },
  "nm-ln34-mean": {
    stated: 3.5,
    digits: 2,
    what: "mean of (3, 4)",
    compute: () => layerNorm([[3, 4]], { eps: 0 }).mean[0]!,
  },
  "nm-ln34-y-3": {
    stated: -1,
    digits: 2,
    what: "LayerNorm of (3, 4), first entry",
    compute: () => layerNorm([[3, 4]], { eps: 0 }).normalized[0]![0]!,
  },
  "nm-ln34-y-4": {
    stated: 1,
    digits: 2,
    what: "LayerNorm of (3, 4), second entry",
    compute: () => layerNorm([[3, 4]], { eps: 0 }).normalized[0]![1]!,
  },
  "nm-standardized-65": { stated: 1.5, digits: 2, what: "(65 − 50)/10", compute: () => (65 - 50) / 10 },
  "nm-ln1236-mean": { stated: 3, digits: 2, what: "mean of (1, 2, 3, 6)", compute: () => ln1236().mean[0]! },
  "nm-ln1236-sq-1": { stated: 4, digits: 2, what: "(1 − 3)²", compute: () => (1 - ln1236().mean[0]!) ** 2 },
  "nm-ln1236-sq-2": { stated: 1, digits: 2, what: "(2 − 3)²", compute: () => (2 - ln1236().mean[0]!) ** 2 },
  "nm-ln1236-sq-3": { stated: 0, digits: 1, what: "(3 − 3)²", compute: () => (3 - ln1236().mean[0]!) ** 2 },
  "nm-ln1236-sq-6": { stated: 9, digits: 2, what: "(6 − 3)²", compute: () => (6 - ln1236().mean[0]!) ** 2 },
  "nm-ln1236-var": { stated: 3.5, digits: 2, what: "variance of (1, 2, 3, 6)", compute: () => ln1236().variance[0]! },
  "nm-ln1236-std": {
    stated: 1.871,
    digits: 4,
    what: "standard deviation of (1, 2, 3, 6)",
    compute: () => ln1236().std[0]!,
  },
  "nm-ln1236-y-1": {
    stated: -1.069,
    digits: 4,
    what: "LayerNorm of (1, 2, 3, 6), entry 1",
    compute: () => ln1236().normalized[0]![0]!,
  },
  "nm-ln1236-y-2": {
    stated: -0.535,
    digits: 3,
    what: "LayerNorm of (1, 2, 3, 6), entry 2",
    compute: () => ln1236().normalized[0]![1]!,
  },
  "nm-ln1236-y-3": {
    stated: 0,
    digits: 1,
    what: "LayerNorm of (1, 2, 3, 6), entry 3",
    compute: () => ln1236().normalized[0]![2]!,
  },
  "nm-ln1236-y-6": {
    stated: 1.604,
    digits: 4,
    what: "LayerNorm of (1, 2, 3, 6), entry 4",
    compute: () => ln1236().normalized[0]![3]!,
  },
  "nm-effective-lr-factor-double-norm": {
    stated: 4,
    digits: 2,
    what: "drop of the effective learning rate η/‖w‖² when ‖w‖ doubles",
    compute: () => {
      const effectiveLr = (norm: number) => 0.1 / norm ** 2;
      return effectiveLr(1) / effectiveLr(2);
    },
  },
  "nm-batch-mean-se-n4": { stated: 0.5, digits: 2, what: "1/√4", compute: () => 1 / Math.sqrt(4) },
  "nm-batch-mean-se-n256": { stated: 0.0625, digits: 3, what: "1/√256", compute: () => 1 / Math.sqrt(256) },
  "nm-accumulated-batch": { stated: 32, digits: 2, what: "16 accumulation steps × 2 examples", compute: () => 16 * 2 },
} satisfies Record<string, Fact>;
