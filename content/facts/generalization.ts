// Computable numbers the generalization deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import type { Fact } from "@/lib/content/fact-types";

/**
 * Early stopping on a validation-loss curve (epoch i + 1 is losses[i]): stop once `patience` epochs in a row fail to
 * beat the reference, and keep the best epoch. `against` picks the reference: the best loss so far (correct) or the
 * previous epoch's (a common misreading).
 */
function earlyStop(losses: readonly number[], patience: number, against: "best" | "previous" = "best") {
  let best = Number.POSITIVE_INFINITY;
  let bestEpoch = 0;
  let bestBefore = 0;
  let waited = 0;
  for (let i = 0; i < losses.length; i++) {
    const loss = losses[i]!;
    const reference = against === "best" ? best : i === 0 ? Number.POSITIVE_INFINITY : losses[i - 1]!;
    if (loss < reference) waited = 0;
    else waited++;
    if (loss < best) {
      bestBefore = bestEpoch;
      best = loss;
      bestEpoch = i + 1;
    }
    if (waited >= patience) return { stopEpoch: i + 1, bestEpoch, bestBefore };
  }
  return { stopEpoch: losses.length, bestEpoch, bestBefore };
}

const MCQ_LOSSES = [0.9, 0.7, 0.62, 0.6, 0.61, 0.59, 0.63, 0.64, 0.62, 0.66];
/** A curve whose minimum is at epoch 8 and that never improves after it. */
const BEST_AT_8 = Array.from({ length: 30 }, (_, i) => Math.abs(i + 1 - 8) + 1);

/** Variance of the mean of K predictions with variance s² = 1 and pairwise correlation ρ. */
const ensembleVariance = (rho: number, k: number) => rho + (1 - rho) / k;

/** Inverted dropout at drop probability p = 0.2 on an activation of 2.0. */
const KEEP = 1 - 0.2;
const ACTIVATION = 2;

/** One SGD step on the L2 penalty (λ/2)w² alone, η = 0.1, λ = 0.01, from w = 3. */
const ETA = 0.1;
const LAMBDA = 0.01;
const W = 3;

/** Label smoothing as PyTorch applies it: (1 − ε)·one-hot + ε/K. */
const smoothTrue = (eps: number, k: number) => 1 - eps + eps / k;
const smoothOther = (eps: number, k: number) => eps / k;

export const generalizationFacts = {
  "inverted-dropout-scale-p-0.2": {
    stated: 1.25,
    digits: 3,
    what: "1/(1 − p) for drop probability p = 0.2",
    compute: () => 1 / (1 - 0.2),
  },
  "l2-decay-remaining-1000-steps": {
    stated: 0.37,
    digits: 2,
    what: "(1 − ηλ)¹⁰⁰⁰ with ηλ = 0.001: a weight's remaining fraction after 1000 unopposed decay steps",
    compute: () => (1 - 0.001) ** 1000,
  },
  "gz-batch-ratio-512-32": { stated: 16, digits: 2, what: "512/32", compute: () => 512 / 32 },
  "gz-noise-ratio-512-32": {
    stated: 4,
    digits: 2,
    what: "how much smaller the gradient noise's std is at batch 512 than at 32, √(512/32)",
    compute: () => Math.sqrt(512 / 32),
  },
  "gz-bias-variance-total": { stated: 0.14, digits: 2, what: "0.09 + 0.04 + 0.01", compute: () => 0.09 + 0.04 + 0.01 },
  "gz-cifar-mlp-params-millions": {
    stated: 1.578506,
    digits: 7,
    what: "parameters (millions) of a 3072-512-10 MLP",
    compute: () => (3072 * 512 + 512 + 512 * 10 + 10) / 1e6,
  },
  "gz-cifar-mlp-params-per-image": {
    stated: 32,
    digits: 2,
    what: "parameters of a 3072-512-10 MLP per CIFAR-10 training image (50,000)",
    compute: () => (3072 * 512 + 512 + 512 * 10 + 10) / 50_000,
  },
  "gz-cifar10-chance-percent": {
    stated: 10,
    digits: 2,
    what: "chance accuracy (%) over 10 classes",
    compute: () => 100 / 10,
  },
  "gz-leak-siblings": { stated: 9, digits: 1, what: "other X-rays of a patient with 10", compute: () => 10 - 1 },
  "gz-leak-siblings-in-train": {
    stated: 7.2,
    digits: 2,
    what: "expected sibling images in training under a random 80/20 split, 9 × 0.8",
    compute: () => (10 - 1) * 0.8,
  },
  "gz-dropout-subnetworks-100": {
    stated: 1.3e30,
    digits: 2,
    what: "2¹⁰⁰ dropout masks of a 100-unit layer",
    compute: () => 2 ** 100,
  },
  "gz-es-patience5-first-bad": {
    stated: 9,
    digits: 1,
    what: "first epoch without improvement when the best is at epoch 8",
    compute: () => earlyStop(BEST_AT_8, 5).bestEpoch + 1,
  },
  "gz-es-patience5-stop": {
    stated: 13,
    digits: 2,
    what: "stop epoch with patience 5 when the best is at epoch 8",
    compute: () => earlyStop(BEST_AT_8, 5).stopEpoch,
  },
  "gz-ensemble-k5-independent-part": {
    stated: 0.1,
    digits: 1,
    what: "(1 − ρ)/K for ρ = 0.5, K = 5",
    compute: () => (1 - 0.5) / 5,
  },
  "gz-ensemble-k5-rho05": {
    stated: 0.6,
    digits: 1,
    what: "variance (× s²) of the mean of 5 models with ρ = 0.5",
    compute: () => ensembleVariance(0.5, 5),
  },
  "gz-ensemble-k5-rho05-reduction-percent": {
    stated: 40,
    digits: 2,
    what: "variance reduction (%) of that ensemble",
    compute: () => 100 * (1 - ensembleVariance(0.5, 5)),
  },
  "gz-ensemble-one-minus-rho": { stated: 0.5, digits: 1, what: "1 − ρ for ρ = 0.5", compute: () => 1 - 0.5 },
  "gz-ensemble-k5-uncorrelated": {
    stated: 0.2,
    digits: 1,
    what: "mistake: s²/K, right only for uncorrelated errors, K = 5",
    compute: () => ensembleVariance(0, 5),
  },
  "gz-ensemble-rho05-floor": {
    stated: 0.5,
    digits: 1,
    what: "mistake: the K → ∞ floor ρ s² for ρ = 0.5",
    compute: () => ensembleVariance(0.5, Number.POSITIVE_INFINITY),
  },
  "gz-dropout-keep-p02": { stated: 0.8, digits: 1, what: "keep probability 1 − p, p = 0.2", compute: () => KEEP },
  "gz-dropout-kept-2": {
    stated: 2.5,
    digits: 2,
    what: "a kept activation 2.0 divided by the keep probability 0.8",
    compute: () => ACTIVATION / KEEP,
  },
  "gz-dropout-expected-2": {
    stated: 2,
    digits: 2,
    what: "expected inverted-dropout output, 0.2 × 0 + 0.8 × 2.5",
    compute: () => 0.2 * 0 + KEEP * (ACTIVATION / KEEP),
  },
  "gz-dropout-times-keep-2": {
    stated: 1.6,
    digits: 2,
    what: "2.0 multiplied by the keep probability 0.8 (the original scheme's test-time output, and a mistake in training)",
    compute: () => ACTIVATION * KEEP,
  },
  "gz-dropout-times-keep-expected": {
    stated: 1.28,
    digits: 3,
    what: "mistake: expected output 0.8 × 1.6 when multiplying by the keep probability",
    compute: () => KEEP * (ACTIVATION * KEEP),
  },
  "gz-dropout-divide-by-p-2": {
    stated: 10,
    digits: 3,
    what: "mistake: 2.0 divided by the drop probability 0.2",
    compute: () => ACTIVATION / 0.2,
  },
  "gz-dropout-divide-by-p-inflation": {
    stated: 4,
    digits: 2,
    what: "mistake's inflation of the expected activation, 0.8 × (2.0/0.2) over 2.0",
    compute: () => (KEEP * (ACTIVATION / 0.2)) / ACTIVATION,
  },
  "gz-eta-lambda": { stated: 0.001, digits: 1, what: "ηλ for η = 0.1, λ = 0.01", compute: () => ETA * LAMBDA },
  "gz-l2-factor": { stated: 0.999, digits: 3, what: "1 − ηλ for η = 0.1, λ = 0.01", compute: () => 1 - ETA * LAMBDA },
  "gz-l2-move-w001": { stated: 1e-5, digits: 1, what: "ηλw for w = 0.01", compute: () => ETA * LAMBDA * 0.01 },
  "gz-l2-move-w5": { stated: 0.005, digits: 1, what: "ηλw for w = 5", compute: () => ETA * LAMBDA * 5 },
  "gz-l1-steps-to-zero-w001": {
    stated: 10,
    digits: 2,
    what: "L1 steps of ηλ = 0.001 that walk a weight of 0.01 to zero",
    compute: () => Math.round(0.01 / (ETA * LAMBDA)),
  },
  "gz-l2-decay-lost-percent": {
    stated: 63,
    digits: 2,
    what: "share (%) of an unsupported weight lost in 1000 decay steps with ηλ = 0.001",
    compute: () => 100 * (1 - (1 - ETA * LAMBDA) ** 1000),
  },
  "gz-l2-penalty-grad-w3": { stated: 0.03, digits: 1, what: "λw for λ = 0.01, w = 3", compute: () => LAMBDA * W },
  "gz-l2-step-w3": { stated: 0.003, digits: 1, what: "η λ w for η = 0.1", compute: () => ETA * LAMBDA * W },
  "gz-l2-after-step-w3": {
    stated: 2.997,
    digits: 4,
    what: "w after one L2 SGD step from 3",
    compute: () => W - ETA * LAMBDA * W,
  },
  "gz-l2-after-step-double-grad-w3": {
    stated: 2.994,
    digits: 4,
    what: "mistake: the gradient 2λw of λw² used with the ½ convention",
    compute: () => W - ETA * 2 * LAMBDA * W,
  },
  "gz-l2-half-lambda": { stated: 0.005, digits: 1, what: "λ/2 for λ = 0.01", compute: () => LAMBDA / 2 },
  "gz-l2-w3-squared": { stated: 9, digits: 1, what: "w² for w = 3", compute: () => W ** 2 },
  "gz-l2-penalty-value-step": {
    stated: 0.0045,
    digits: 2,
    what: "mistake: η times the penalty value (λ/2)w²",
    compute: () => ETA * (LAMBDA / 2) * W ** 2,
  },
  "gz-l2-after-penalty-value-step": {
    stated: 2.9955,
    digits: 5,
    what: "mistake: w minus η times the penalty value",
    compute: () => W - ETA * (LAMBDA / 2) * W ** 2,
  },
  "gz-l1-after-step-w3": {
    stated: 2.999,
    digits: 4,
    what: "mistake: the L1 step ηλ sign(w) from w = 3",
    compute: () => W - ETA * LAMBDA * Math.sign(W),
  },
  "gz-l2-w3-after-1000": {
    stated: 1.1,
    digits: 3,
    what: "3 × 0.999¹⁰⁰⁰: w = 3 after 1000 unopposed decay steps",
    compute: () => W * (1 - ETA * LAMBDA) ** 1000,
  },
  "gz-ls-eps01-keep": { stated: 0.9, digits: 1, what: "1 − ε for ε = 0.1", compute: () => 1 - 0.1 },
  "gz-ls-k10-other": { stated: 0.01, digits: 1, what: "ε/K for ε = 0.1, K = 10", compute: () => smoothOther(0.1, 10) },
  "gz-ls-k10-true": {
    stated: 0.91,
    digits: 2,
    what: "1 − ε + ε/K for ε = 0.1, K = 10",
    compute: () => smoothTrue(0.1, 10),
  },
  "gz-ls-k10-ratio": {
    stated: 91,
    digits: 2,
    what: "smoothed true over wrong target, ε = 0.1, K = 10",
    compute: () => smoothTrue(0.1, 10) / smoothOther(0.1, 10),
  },
  "gz-ls-k10-gap": {
    stated: 4.51,
    digits: 3,
    what: "logit gap ln 91 at which smoothed cross-entropy is minimal, ε = 0.1, K = 10",
    compute: () => Math.log(smoothTrue(0.1, 10) / smoothOther(0.1, 10)),
  },
  "gz-ls-k5-true": {
    stated: 0.92,
    digits: 2,
    what: "1 − ε + ε/K for ε = 0.1, K = 5",
    compute: () => smoothTrue(0.1, 5),
  },
  "gz-ls-k5-other": { stated: 0.02, digits: 1, what: "ε/K for ε = 0.1, K = 5", compute: () => smoothOther(0.1, 5) },
  "gz-ls-k5-wrong-count": { stated: 4, digits: 1, what: "K − 1 wrong classes for K = 5", compute: () => 5 - 1 },
  "gz-ls-k5-eps-each-sum": {
    stated: 1.3,
    digits: 2,
    what: "mistake: sum of (1 − ε, ε, ε, ε, ε), ε = 0.1",
    compute: () => 1 - 0.1 + (5 - 1) * 0.1,
  },
  "gz-ls-k5-wrong-only": {
    stated: 0.025,
    digits: 2,
    what: "ε/(K − 1) for ε = 0.1, K = 5: the wrong-classes-only convention",
    compute: () => 0.1 / (5 - 1),
  },
  "gz-ls-k5-no-true-share-sum": {
    stated: 0.98,
    digits: 2,
    what: "mistake: sum of (1 − ε, ε/K × 4), the true class missing its ε/K",
    compute: () => 1 - 0.1 + (5 - 1) * smoothOther(0.1, 5),
  },
  "gz-ls-k5-ratio": {
    stated: 46,
    digits: 2,
    what: "smoothed true over wrong target, ε = 0.1, K = 5",
    compute: () => smoothTrue(0.1, 5) / smoothOther(0.1, 5),
  },
  "gz-ls-k5-gap": {
    stated: 3.83,
    digits: 3,
    what: "logit gap ln 46 at the smoothed optimum, ε = 0.1, K = 5",
    compute: () => Math.log(smoothTrue(0.1, 5) / smoothOther(0.1, 5)),
  },
  "gz-es-mcq-stop": {
    stated: 9,
    digits: 1,
    what: "stop epoch, patience 3, losses 0.90 … 0.66",
    compute: () => earlyStop(MCQ_LOSSES, 3).stopEpoch,
  },
  "gz-es-mcq-best": {
    stated: 6,
    digits: 1,
    what: "best epoch restored, patience 3",
    compute: () => earlyStop(MCQ_LOSSES, 3).bestEpoch,
  },
  "gz-es-mcq-best-before": {
    stated: 4,
    digits: 1,
    what: "best epoch before the final best, patience 3",
    compute: () => earlyStop(MCQ_LOSSES, 3).bestBefore,
  },
  "gz-es-mcq-patience1-stop": {
    stated: 5,
    digits: 1,
    what: "mistake: stop epoch with patience 1",
    compute: () => earlyStop(MCQ_LOSSES, 1).stopEpoch,
  },
  "gz-es-mcq-patience1-best": {
    stated: 4,
    digits: 1,
    what: "mistake: epoch restored with patience 1",
    compute: () => earlyStop(MCQ_LOSSES, 1).bestEpoch,
  },
  "gz-es-mcq-previous-stop": {
    stated: 10,
    digits: 2,
    what: "mistake: stop epoch when each epoch is compared with the previous one",
    compute: () => earlyStop(MCQ_LOSSES, 3, "previous").stopEpoch,
  },
} satisfies Record<string, Fact>;
