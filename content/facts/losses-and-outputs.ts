// Computable numbers the losses-and-outputs deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import { activationAt, crossEntropy, softmax } from "@/lib/calculators";
import type { Fact } from "@/lib/content/fact-types";

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The first logit, in steps of 0.01 from 0, at which `roundsToOne` holds. */
function firstLogitWhere(roundsToOne: (z: number) => boolean): number {
  for (let i = 0; i < 100_000; i++) if (roundsToOne(i / 100)) return i / 100;
  return Number.NaN;
}

/** Binary cross-entropy from a logit, in the form whose exponent is never positive. */
const stableBce = (z: number, y: number) => Math.max(z, 0) - y * z + Math.log1p(Math.exp(-Math.abs(z)));

interface Bin {
  n: number;
  conf: number;
  acc: number;
}

/** Expected calibration error: each bin's |accuracy − confidence| weighted by its share of the predictions. */
function ece(bins: readonly Bin[]): number {
  const total = bins.reduce((s, b) => s + b.n, 0);
  return bins.reduce((s, b) => s + (b.n / total) * Math.abs(b.acc - b.conf), 0);
}

const MCQ_BINS: readonly Bin[] = [
  { n: 800, conf: 0.95, acc: 0.85 },
  { n: 200, conf: 0.55, acc: 0.7 },
];

/** InfoNCE row of the worked example: positive similarity 0.8, negatives 0.5 and 0.2, logits s/τ. */
const infonce = (tau: number) => softmax([0.8, 0.5, 0.2].map((s) => s / tau));
const infonceLoss = (tau: number) =>
  crossEntropy(
    [0.8, 0.5, 0.2].map((s) => s / tau),
    0,
  ).loss;

/** PyTorch's label smoothing: (1 − ε)·one-hot(0) + ε/K. */
const smoothed = (eps: number, k: number) => Array.from({ length: k }, (_, i) => (i === 0 ? 1 - eps : 0) + eps / k);

/** Huber loss h_δ(e) and its slope clip(e, −δ, δ). */
function huber(e: number, delta: number) {
  const loss = Math.abs(e) <= delta ? 0.5 * e * e : delta * (Math.abs(e) - 0.5 * delta);
  return { loss, grad: Math.min(delta, Math.max(-delta, e)) };
}

/** ∂(a − y)²/∂z with a = σ(z): 2(a − y)·σ′(z). */
function sqErrorGradAtLogit(z: number, y: number): number {
  const { value, derivative } = activationAt("sigmoid", z);
  return 2 * (value - y) * derivative;
}

export const lossesAndOutputsFacts = {
  "sigmoid-5": {
    stated: 0.99,
    digits: 2,
    what: "σ(5): a logit of 5 against a single rival at 0",
    compute: () => activationAt("sigmoid", 5).value,
  },
  "label-smoothing-true-target-k10": {
    stated: 0.91,
    digits: 2,
    what: "1 − ε + ε/K for ε = 0.1, K = 10",
    compute: () => 1 - 0.1 + 0.1 / 10,
  },
  "mse-outlier-share-percent": {
    stated: 98,
    digits: 2,
    what: "share (%) of the squared error 10² in errors 1, 1, 10",
    compute: () => (100 * 10 ** 2) / (1 + 1 + 10 ** 2),
  },
  "float64-exp-overflow": {
    stated: 709.8,
    digits: 4,
    what: "ln(largest float64): where e^z overflows",
    compute: () => Math.log(Number.MAX_VALUE),
  },
  "softmax-top-prob-2-1-01-t1": {
    stated: 0.659,
    digits: 3,
    what: "top softmax probability of logits (2, 1, 0.1)",
    compute: () => Math.max(...softmax([2, 1, 0.1]).probabilities),
  },
  "softmax-top-prob-2-1-01-t2": {
    stated: 0.502,
    digits: 3,
    what: "top softmax probability of logits (2, 1, 0.1) at temperature 2",
    compute: () => Math.max(...softmax([2 / 2, 1 / 2, 0.1 / 2]).probabilities),
  },
  "ce-p-0.9": { stated: 0.105, digits: 3, what: "−ln 0.9", compute: () => -Math.log(0.9) },
  "ce-p-0.5": { stated: 0.693, digits: 3, what: "−ln 0.5", compute: () => -Math.log(0.5) },
  "ce-p-0.1": { stated: 2.303, digits: 4, what: "−ln 0.1", compute: () => -Math.log(0.1) },
  "focal-factor-p-0.9": {
    stated: 0.01,
    digits: 1,
    what: "(1 − 0.9)²: focal factor of an easy example, γ = 2",
    compute: () => (1 - 0.9) ** 2,
  },
  "focal-factor-p-0.5": {
    stated: 0.25,
    digits: 2,
    what: "(1 − 0.5)²: focal factor at p_t = 0.5, γ = 2",
    compute: () => (1 - 0.5) ** 2,
  },
  "focal-factor-p-0.1": {
    stated: 0.81,
    digits: 2,
    what: "(1 − 0.1)²: focal factor of a hard example, γ = 2",
    compute: () => (1 - 0.1) ** 2,
  },
  "focal-loss-p-0.9": {
    stated: 0.00105,
    digits: 3,
    what: "focal loss (γ = 2) at p_t = 0.9",
    compute: () => -((1 - 0.9) ** 2) * Math.log(0.9),
  },
  "focal-loss-p-0.5": {
    stated: 0.173,
    digits: 3,
    what: "focal loss (γ = 2) at p_t = 0.5",
    compute: () => -((1 - 0.5) ** 2) * Math.log(0.5),
  },
  "focal-loss-p-0.1": {
    stated: 1.865,
    digits: 4,
    what: "focal loss (γ = 2) at p_t = 0.1",
    compute: () => -((1 - 0.1) ** 2) * Math.log(0.1),
  },
  "focal-easy-reduction": {
    stated: 100,
    digits: 3,
    what: "1/(1 − 0.9)²: how much focal loss shrinks the easy example",
    compute: () => 1 / (1 - 0.9) ** 2,
  },
  "focal-hard-reduction": {
    stated: 1.2,
    digits: 2,
    what: "1/(1 − 0.1)²: how much focal loss shrinks the hard example",
    compute: () => 1 / (1 - 0.1) ** 2,
  },
  "lo-initial-ce-k10-approx": {
    stated: 2.3,
    digits: 2,
    what: "cross-entropy of equal logits over 10 classes (ln 10), rounded",
    compute: () => crossEntropy(new Array<number>(10).fill(0), 0).loss,
  },
  "lo-initial-ce-k10": {
    stated: 2.303,
    digits: 4,
    what: "cross-entropy of equal logits over 10 classes (ln 10)",
    compute: () => crossEntropy(new Array<number>(10).fill(0), 0).loss,
  },
  "lo-initial-ce-k1000": {
    stated: 6.908,
    digits: 4,
    what: "cross-entropy of equal logits over 1000 classes (ln 1000)",
    compute: () => crossEntropy(new Array<number>(1000).fill(0), 0).loss,
  },
  "lo-perplexity-uniform-k10": {
    stated: 10,
    digits: 2,
    what: "perplexity e^L at a uniform start with 10 classes",
    compute: () => Math.exp(crossEntropy(new Array<number>(10).fill(0), 0).loss),
  },
  "lo-ce-p07": { stated: 0.357, digits: 3, what: "−ln 0.7", compute: () => -Math.log(0.7) },
  "lo-ce-p099": { stated: 0.01, digits: 2, what: "−ln 0.99", compute: () => -Math.log(0.99) },
  "lo-ce-p001": { stated: 4.6, digits: 2, what: "−ln 0.01", compute: () => -Math.log(0.01) },
  "lo-sigmoid-rounds-to-one-float32": {
    stated: 17,
    digits: 2,
    what: "smallest logit (steps of 0.01) where a float32 sigmoid 1/(1 + e^−z) rounds to exactly 1",
    compute: () => firstLogitWhere((z) => Math.fround(1 / Math.fround(1 + Math.fround(Math.exp(-z)))) === 1),
  },
  "lo-sigmoid-rounds-to-one-float64": {
    stated: 37,
    digits: 2,
    what: "smallest logit (steps of 0.01) where a float64 sigmoid 1/(1 + e^−z) rounds to exactly 1",
    compute: () => firstLogitWhere((z) => 1 / (1 + Math.exp(-z)) === 1),
  },
  "lo-bce-stable-z200-y0": {
    stated: 200,
    digits: 3,
    what: "stable BCE max(z, 0) − yz + log(1 + e^−|z|) at z = 200, y = 0",
    compute: () => stableBce(200, 0),
  },
  "lo-ece-600-share": {
    stated: 0.6,
    digits: 1,
    what: "share of the 600-prediction bin in 1000",
    compute: () => 600 / 1000,
  },
  "lo-ece-400-share": {
    stated: 0.4,
    digits: 1,
    what: "share of the 400-prediction bin in 1000",
    compute: () => 400 / 1000,
  },
  "lo-ece-gap-acc085-conf095": { stated: 0.1, digits: 2, what: "|0.85 − 0.95|", compute: () => Math.abs(0.85 - 0.95) },
  "lo-ece-400-gap": { stated: 0.05, digits: 2, what: "|0.60 − 0.65|", compute: () => Math.abs(0.6 - 0.65) },
  "lo-ece-600-400": {
    stated: 0.08,
    digits: 2,
    what: "ECE of bins (600, conf 0.95, acc 0.85) and (400, conf 0.65, acc 0.60)",
    compute: () =>
      ece([
        { n: 600, conf: 0.95, acc: 0.85 },
        { n: 400, conf: 0.65, acc: 0.6 },
      ]),
  },
  "lo-inverse-freq-weight-900": {
    stated: 0.37,
    digits: 2,
    what: "N/(K N_c) for 900 of 1000 in 3 classes",
    compute: () => 1000 / (3 * 900),
  },
  "lo-inverse-freq-weight-90": {
    stated: 3.7,
    digits: 2,
    what: "N/(K N_c) for 90 of 1000 in 3 classes",
    compute: () => 1000 / (3 * 90),
  },
  "lo-inverse-freq-weight-10": {
    stated: 33,
    digits: 2,
    what: "N/(K N_c) for 10 of 1000 in 3 classes",
    compute: () => 1000 / (3 * 10),
  },
  "lo-pos-weight-1-percent": {
    stated: 99,
    digits: 2,
    what: "N_neg/N_pos with 1 % positives",
    compute: () => (100 - 1) / 1,
  },
  "lo-weighted-odds-1-percent": {
    stated: 1,
    digits: 2,
    what: "w · p/(1 − p) with w = N_neg/N_pos and true rate p = 1 %",
    compute: () => ((100 - 1) / 1) * (0.01 / (1 - 0.01)),
  },
  "lo-weighted-q-1-percent": {
    stated: 0.5,
    digits: 2,
    what: "probability q from those odds, odds/(1 + odds)",
    compute: () => {
      const odds = ((100 - 1) / 1) * (0.01 / (1 - 0.01));
      return odds / (1 + odds);
    },
  },
  "lo-always-negative-accuracy-1-percent": {
    stated: 99,
    digits: 2,
    what: "accuracy (%) of always predicting negative with 1 % positives",
    compute: () => 100 * (1 - 0.01),
  },
  "lo-retinanet-prior-bias": {
    stated: -4.6,
    digits: 2,
    what: "−log((1 − π)/π) for prior π = 0.01",
    compute: () => -Math.log((1 - 0.01) / 0.01),
  },
  "lo-sigmoid-0": { stated: 0.5, digits: 2, what: "σ(0)", compute: () => activationAt("sigmoid", 0).value },
  "lo-infonce-logit-pos-t01": { stated: 8, digits: 2, what: "0.8/0.1", compute: () => 0.8 / 0.1 },
  "lo-infonce-logit-neg05-t01": { stated: 5, digits: 2, what: "0.5/0.1", compute: () => 0.5 / 0.1 },
  "lo-infonce-logit-neg02-t01": { stated: 2, digits: 2, what: "0.2/0.1", compute: () => 0.2 / 0.1 },
  "lo-infonce-p-pos-t1": {
    stated: 0.437,
    digits: 3,
    what: "InfoNCE softmax weight of the positive (0.8) against 0.5, 0.2 at τ = 1",
    compute: () => infonce(1).probabilities[0]!,
  },
  "lo-infonce-p-neg05-t1": {
    stated: 0.324,
    digits: 3,
    what: "InfoNCE softmax weight of the 0.5 negative at τ = 1",
    compute: () => infonce(1).probabilities[1]!,
  },
  "lo-infonce-p-neg02-t1": {
    stated: 0.24,
    digits: 3,
    what: "InfoNCE softmax weight of the 0.2 negative at τ = 1",
    compute: () => infonce(1).probabilities[2]!,
  },
  "lo-infonce-loss-t1": {
    stated: 0.828,
    digits: 3,
    what: "InfoNCE loss (positive 0.8, negatives 0.5, 0.2) at τ = 1",
    compute: () => infonceLoss(1),
  },
  "lo-infonce-p-pos-t01": {
    stated: 0.95,
    digits: 3,
    what: "InfoNCE softmax weight of the positive at τ = 0.1",
    compute: () => infonce(0.1).probabilities[0]!,
  },
  "lo-infonce-p-neg05-t01": {
    stated: 0.047,
    digits: 2,
    what: "InfoNCE softmax weight of the 0.5 negative at τ = 0.1",
    compute: () => infonce(0.1).probabilities[1]!,
  },
  "lo-infonce-p-neg02-t01": {
    stated: 0.002,
    digits: 1,
    what: "InfoNCE softmax weight of the 0.2 negative at τ = 0.1",
    compute: () => infonce(0.1).probabilities[2]!,
  },
  "lo-infonce-loss-t01": {
    stated: 0.051,
    digits: 2,
    what: "InfoNCE loss (positive 0.8, negatives 0.5, 0.2) at τ = 0.1",
    compute: () => infonceLoss(0.1),
  },
  "lo-infonce-hard-easy-ratio-t01": {
    stated: 20,
    digits: 2,
    what: "weight of the 0.5 negative over the 0.2 negative at τ = 0.1",
    compute: () => infonce(0.1).probabilities[1]! / infonce(0.1).probabilities[2]!,
  },
  "lo-infonce-hard-easy-ratio-t1": {
    stated: 1.35,
    digits: 3,
    what: "weight of the 0.5 negative over the 0.2 negative at τ = 1",
    compute: () => infonce(1).probabilities[1]! / infonce(1).probabilities[2]!,
  },
  "lo-ls-eps01-keep": { stated: 0.9, digits: 1, what: "1 − ε for ε = 0.1", compute: () => 1 - 0.1 },
  "lo-ls-k10-off": { stated: 0.01, digits: 1, what: "ε/K for ε = 0.1, K = 10", compute: () => 0.1 / 10 },
  "lo-ls-k10-ratio": {
    stated: 91,
    digits: 2,
    what: "smoothed true over wrong target, (1 − ε + ε/K)/(ε/K), ε = 0.1, K = 10",
    compute: () => (1 - 0.1 + 0.1 / 10) / (0.1 / 10),
  },
  "lo-ls-k10-logit-gap": {
    stated: 4.5,
    digits: 2,
    what: "optimal logit gap ln 91 under label smoothing ε = 0.1, K = 10",
    compute: () => Math.log((1 - 0.1 + 0.1 / 10) / (0.1 / 10)),
  },
  "lo-ls-k10-entropy": {
    stated: 0.5,
    digits: 2,
    what: "entropy (nats) of the smoothed target, ε = 0.1, K = 10: the loss floor",
    compute: () => crossEntropy([Math.log(91), 0, 0, 0, 0, 0, 0, 0, 0, 0], smoothed(0.1, 10)).loss,
  },
  "lo-ls-k4-true": {
    stated: 0.925,
    digits: 3,
    what: "smoothed true-class target, ε = 0.1, K = 4",
    compute: () => smoothed(0.1, 4)[0]!,
  },
  "lo-ls-k4-off": {
    stated: 0.025,
    digits: 2,
    what: "smoothed wrong-class target ε/K, ε = 0.1, K = 4",
    compute: () => smoothed(0.1, 4)[1]!,
  },
  "lo-ls-k4-naive-sum": {
    stated: 1.2,
    digits: 2,
    what: "sum of the mistaken target (1 − ε, ε, ε, ε), ε = 0.1: not a distribution",
    compute: () => 1 - 0.1 + 3 * 0.1,
  },
  "lo-ls-k4-wrong-only": {
    stated: 0.033,
    digits: 2,
    what: "ε/(K − 1) for ε = 0.1, K = 4: the variant that spreads ε over the wrong classes only",
    compute: () => 0.1 / (4 - 1),
  },
  "lo-ls-k4-too-little-true": {
    stated: 0.975,
    digits: 3,
    what: "1 − ε/K for ε = 0.1, K = 4: the mistake of moving only ε/K of mass",
    compute: () => 1 - 0.1 / 4,
  },
  "lo-ls-k4-too-little-off": {
    stated: 0.008,
    digits: 1,
    what: "(ε/K)/(K − 1) for ε = 0.1, K = 4: that mistake's share per wrong class",
    compute: () => 0.1 / 4 / (4 - 1),
  },
  "lo-softmax-2-1-01-p2": {
    stated: 0.242,
    digits: 3,
    what: "softmax of logits (2, 1, 0.1), second entry",
    compute: () => softmax([2, 1, 0.1]).probabilities[1]!,
  },
  "lo-softmax-2-1-01-p3": {
    stated: 0.099,
    digits: 2,
    what: "softmax of logits (2, 1, 0.1), third entry",
    compute: () => softmax([2, 1, 0.1]).probabilities[2]!,
  },
  "lo-odds-p09": { stated: 9, digits: 1, what: "odds 0.9/(1 − 0.9)", compute: () => 0.9 / (1 - 0.9) },
  "lo-logit-p09": { stated: 2.2, digits: 3, what: "logit of 0.9, ln 9", compute: () => Math.log(0.9 / (1 - 0.9)) },
  "lo-softmax-tie-5-5": {
    stated: 0.5,
    digits: 2,
    what: "softmax probability of a logit 5 against a rival also at 5",
    compute: () => softmax([5, 5]).probabilities[0]!,
  },
  "lo-huber-loss-e05": {
    stated: 0.125,
    digits: 3,
    what: "Huber (δ = 1) loss at e = 0.5",
    compute: () => huber(0.5, 1).loss,
  },
  "lo-huber-grad-e05": {
    stated: 0.5,
    digits: 2,
    what: "Huber (δ = 1) gradient at e = 0.5",
    compute: () => huber(0.5, 1).grad,
  },
  "lo-huber-loss-e3": { stated: 2.5, digits: 2, what: "Huber (δ = 1) loss at e = 3", compute: () => huber(3, 1).loss },
  "lo-huber-grad-e3": {
    stated: 1,
    digits: 2,
    what: "Huber (δ = 1) gradient at e = 3",
    compute: () => huber(3, 1).grad,
  },
  "lo-huber-grad-em3": {
    stated: -1,
    digits: 2,
    what: "Huber (δ = 1) gradient at e = −3",
    compute: () => huber(-3, 1).grad,
  },
  "lo-half-square-grad-e05": {
    stated: 0.5,
    digits: 2,
    what: "mistake: gradient of ½e² (no clipping) at e = 0.5",
    compute: () => huber(0.5, Infinity).grad,
  },
  "lo-half-square-grad-em3": {
    stated: -3,
    digits: 2,
    what: "mistake: gradient of ½e² (no clipping) at e = −3",
    compute: () => huber(-3, Infinity).grad,
  },
  "lo-abs-grad-e05": {
    stated: 1,
    digits: 2,
    what: "mistake: gradient of |e| at e = 0.5",
    compute: () => Math.sign(0.5),
  },
  "lo-abs-grad-em3": {
    stated: -1,
    digits: 2,
    what: "mistake: gradient of |e| at e = −3",
    compute: () => Math.sign(-3),
  },
  "lo-square-grad-e05": { stated: 1, digits: 2, what: "mistake: gradient 2e of e² at e = 0.5", compute: () => 2 * 0.5 },
  "lo-square-grad-em3": { stated: -6, digits: 2, what: "mistake: gradient 2e of e² at e = −3", compute: () => 2 * -3 },
  "lo-mse-outlier-square": { stated: 100, digits: 3, what: "10²", compute: () => 10 ** 2 },
  "lo-mse-errors-1-1-10": {
    stated: 34,
    digits: 2,
    what: "MSE of errors 1, 1, 10",
    compute: () => mean([1, 1, 10].map((e) => e ** 2)),
  },
  "lo-mse-outlier-grad-ratio": {
    stated: 10,
    digits: 2,
    what: "MSE gradient 2e/n of the error 10 over that of the error 1",
    compute: () => (2 * 10) / (2 * 1),
  },
  "lo-mae-abs-sum-1-1-10": {
    stated: 12,
    digits: 2,
    what: "|1| + |1| + |10|",
    compute: () => [1, 1, 10].reduce((a, e) => a + Math.abs(e), 0),
  },
  "lo-mae-errors-1-1-10": {
    stated: 4,
    digits: 2,
    what: "MAE of errors 1, 1, 10",
    compute: () => mean([1, 1, 10].map(Math.abs)),
  },
  "lo-bce-grad-z0-y1": {
    stated: -0.5,
    digits: 2,
    what: "σ(0) − 1",
    compute: () => activationAt("sigmoid", 0).value - 1,
  },
  "lo-sigmoid-2": { stated: 0.881, digits: 3, what: "σ(2)", compute: () => activationAt("sigmoid", 2).value },
  "lo-bce-grad-z2-y0": {
    stated: 0.881,
    digits: 3,
    what: "σ(2) − 0",
    compute: () => activationAt("sigmoid", 2).value - 0,
  },
  "lo-sigmoid-minus5": { stated: 0.0067, digits: 2, what: "σ(−5)", compute: () => activationAt("sigmoid", -5).value },
  "lo-sigmoid-prime-minus5": {
    stated: 0.0066,
    digits: 2,
    what: "a(1 − a) at a = σ(−5)",
    compute: () => activationAt("sigmoid", -5).derivative,
  },
  "lo-bce-grad-zm5-y1": {
    stated: -0.993,
    digits: 3,
    what: "a − y with a = σ(−5), y = 1: the BCE gradient at the logit",
    compute: () => activationAt("sigmoid", -5).value - 1,
  },
  "lo-sq-grad-zm5-y1": {
    stated: -0.013,
    digits: 2,
    what: "2(a − y) a(1 − a) with a = σ(−5), y = 1: the squared-error gradient at the logit",
    compute: () => sqErrorGradAtLogit(-5, 1),
  },
  "lo-bce-over-sq-grad-zm5": {
    stated: 75,
    digits: 2,
    what: "ratio of the BCE to the squared-error gradient at z = −5, y = 1",
    compute: () => (activationAt("sigmoid", -5).value - 1) / sqErrorGradAtLogit(-5, 1),
  },
  "lo-sq-grad-wrt-a-zm5-y1": {
    stated: -1.99,
    digits: 3,
    what: "mistake: 2(a − y), the gradient at a instead of z, a = σ(−5), y = 1",
    compute: () => 2 * (activationAt("sigmoid", -5).value - 1),
  },
  "lo-neg-sigmoid-prime-minus5": {
    stated: -0.0066,
    digits: 2,
    what: "mistake: −a(1 − a) alone at a = σ(−5)",
    compute: () => -activationAt("sigmoid", -5).derivative,
  },
  "lo-float32-exp-overflow": {
    stated: 88.7,
    digits: 3,
    what: "ln(largest float32): where e^z overflows in float32",
    compute: () => Math.log((2 - 2 ** -23) * 2 ** 127),
  },
  "lo-exp-minus2": { stated: 0.135, digits: 3, what: "e^−2", compute: () => softmax([1000, 1001, 1002]).exps[0]! },
  "lo-exp-minus1": { stated: 0.368, digits: 3, what: "e^−1", compute: () => softmax([1000, 1001, 1002]).exps[1]! },
  "lo-softmax-1000-sum": {
    stated: 1.503,
    digits: 4,
    what: "Σ e^{z − max} for logits (1000, 1001, 1002)",
    compute: () => softmax([1000, 1001, 1002]).sum,
  },
  "lo-softmax-1000-p1": {
    stated: 0.09,
    digits: 2,
    what: "softmax(1000, 1001, 1002)₁",
    compute: () => softmax([1000, 1001, 1002]).probabilities[0]!,
  },
  "lo-softmax-1000-p2": {
    stated: 0.245,
    digits: 3,
    what: "softmax(1000, 1001, 1002)₂",
    compute: () => softmax([1000, 1001, 1002]).probabilities[1]!,
  },
  "lo-softmax-1000-p3": {
    stated: 0.665,
    digits: 3,
    what: "softmax(1000, 1001, 1002)₃",
    compute: () => softmax([1000, 1001, 1002]).probabilities[2]!,
  },
  "lo-softmax-uniform-3": {
    stated: 0.333,
    digits: 3,
    what: "mistake: softmax read as scale-invariant, 1/3 each",
    compute: () => softmax([0, 0, 0]).probabilities[0]!,
  },
  "lo-linear-norm-1000": {
    stated: 0.333,
    digits: 4,
    what: "mistake: linear normalization 1000/3003",
    compute: () => 1000 / (1000 + 1001 + 1002),
  },
  "lo-linear-norm-1001": {
    stated: 0.3333,
    digits: 4,
    what: "mistake: linear normalization 1001/3003",
    compute: () => 1001 / (1000 + 1001 + 1002),
  },
  "lo-linear-norm-1002": {
    stated: 0.3337,
    digits: 4,
    what: "mistake: linear normalization 1002/3003",
    compute: () => 1002 / (1000 + 1001 + 1002),
  },
  "lo-prob-ratio-gap-1": {
    stated: 2.72,
    digits: 3,
    what: "softmax probability ratio for a logit gap of 1, e¹",
    compute: () => {
      const p = softmax([1, 0]).probabilities;
      return p[0]! / p[1]!;
    },
  },
  "lo-triplet-margin-easy": {
    stated: -0.1,
    digits: 2,
    what: "d(a,p) − d(a,n) + m = 0.5 − 0.8 + 0.2",
    compute: () => 0.5 - 0.8 + 0.2,
  },
  "lo-triplet-loss-easy": {
    stated: 0,
    digits: 1,
    what: "triplet loss max(0, 0.5 − 0.8 + 0.2)",
    compute: () => Math.max(0, 0.5 - 0.8 + 0.2),
  },
  "lo-triplet-loss-semi": {
    stated: 0.1,
    digits: 2,
    what: "triplet loss max(0, 0.5 − 0.6 + 0.2)",
    compute: () => Math.max(0, 0.5 - 0.6 + 0.2),
  },
  "lo-ece-800-share": {
    stated: 0.8,
    digits: 1,
    what: "share of the 800-prediction bin in 1000",
    compute: () => 800 / 1000,
  },
  "lo-ece-200-share": {
    stated: 0.2,
    digits: 1,
    what: "share of the 200-prediction bin in 1000",
    compute: () => 200 / 1000,
  },
  "lo-ece-800-term": {
    stated: 0.08,
    digits: 2,
    what: "0.8 × |0.85 − 0.95|",
    compute: () => (800 / 1000) * Math.abs(0.85 - 0.95),
  },
  "lo-ece-200-term": {
    stated: 0.03,
    digits: 2,
    what: "0.2 × |0.70 − 0.55|",
    compute: () => (200 / 1000) * Math.abs(0.7 - 0.55),
  },
  "lo-ece-800-200": {
    stated: 0.11,
    digits: 2,
    what: "ECE of bins (800, conf 0.95, acc 0.85) and (200, conf 0.55, acc 0.70)",
    compute: () => ece(MCQ_BINS),
  },
  "lo-ece-800-200-signed": {
    stated: 0.05,
    digits: 2,
    what: "mistake: signed gaps cancelling, Σ n_b/N (conf − acc)",
    compute: () => MCQ_BINS.reduce((s, b) => s + (b.n / 1000) * (b.conf - b.acc), 0),
  },
  "lo-ece-800-200-mean-conf": {
    stated: 0.87,
    digits: 2,
    what: "overall mean confidence of the two bins",
    compute: () => MCQ_BINS.reduce((s, b) => s + (b.n / 1000) * b.conf, 0),
  },
  "lo-ece-800-200-mean-acc": {
    stated: 0.82,
    digits: 2,
    what: "overall accuracy of the two bins",
    compute: () => MCQ_BINS.reduce((s, b) => s + (b.n / 1000) * b.acc, 0),
  },
  "lo-ece-200-gap": { stated: 0.15, digits: 2, what: "|0.70 − 0.55|", compute: () => Math.abs(0.7 - 0.55) },
  "lo-ece-800-200-unweighted-mean": {
    stated: 0.125,
    digits: 3,
    what: "mistake: unweighted mean of the two gaps",
    compute: () => (Math.abs(0.85 - 0.95) + Math.abs(0.7 - 0.55)) / 2,
  },
  "lo-ece-800-200-unweighted-sum": {
    stated: 0.25,
    digits: 2,
    what: "mistake: unweighted sum of the two gaps",
    compute: () => Math.abs(0.85 - 0.95) + Math.abs(0.7 - 0.55),
  },
  "lo-focal-one-minus-pt-easy": { stated: 0.1, digits: 1, what: "1 − p_t at p_t = 0.9", compute: () => 1 - 0.9 },
  "lo-focal-gamma1-reduction": {
    stated: 10,
    digits: 2,
    what: "mistake: 1/(1 − 0.9)¹, the easy example's reduction with γ = 1",
    compute: () => 1 / (1 - 0.9),
  },
  "lo-pw-2pct-negatives": { stated: 98, digits: 2, what: "negatives (%) with 2 % positives", compute: () => 100 - 2 },
  "lo-pw-2pct": { stated: 49, digits: 2, what: "N_neg/N_pos with 2 % positives", compute: () => (100 - 2) / 2 },
  "lo-pw-2pct-total-per-positive": {
    stated: 50,
    digits: 2,
    what: "mistake: 1/0.02, all examples per positive",
    compute: () => 1 / 0.02,
  },
  "lo-pw-2pct-inverted-imbalance": {
    stated: 2450,
    digits: 3,
    what: "mistake: pos_weight 0.02 makes negatives outweigh positives (98/2)/0.02 to 1",
    compute: () => (100 - 2) / 2 / 0.02,
  },
} satisfies Record<string, Fact>;
