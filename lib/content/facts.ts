import { activationAt, heInit, learningRateAt, softmax, xavierInit } from "@/lib/calculators";

/**
 * Numbers that content states and that can be computed. Content writes `<Fact k="sigmoid-prime-5" />` and the page
 * shows `stated`; a test recomputes each one and checks `stated` to its significant digits. The number in the text is
 * the number that was checked, so the two cannot drift apart.
 */
export interface Fact {
  stated: number;
  /** Significant digits the stated value claims. */
  digits: number;
  compute: () => number;
  /** What is computed, for the test's message. */
  what: string;
}

export const FACTS = {
  "sigmoid-prime-0": { stated: 0.25, digits: 2, what: "σ′(0), the sigmoid's largest slope", compute: () => activationAt("sigmoid", 0).derivative },
  "sigmoid-prime-5": { stated: 0.0066, digits: 2, what: "σ′(5)", compute: () => activationAt("sigmoid", 5).derivative },
  "sigmoid-prime-5-ten-layers": {
    stated: 1.7e-22,
    digits: 2,
    what: "σ′(5)¹⁰: ten saturated sigmoid layers",
    compute: () => activationAt("sigmoid", 5).derivative ** 10,
  },
  "sigmoid-slope-bound-ten-layers": { stated: 9.5e-7, digits: 2, what: "0.25¹⁰: the best case through ten sigmoid layers", compute: () => 0.25 ** 10 },
  "tanh-prime-0": { stated: 1, digits: 1, what: "tanh′(0)", compute: () => activationAt("tanh", 0).derivative },
  "he-std-fan-in-512": { stated: 0.0625, digits: 3, what: "He normal std for fan-in 512", compute: () => heInit(512).normalStd },
  "xavier-uniform-bound-256-256": {
    stated: 0.108,
    digits: 3,
    what: "Xavier uniform bound for fan-in 256, fan-out 256",
    compute: () => xavierInit(256, 256).uniformBound,
  },
  "adam-bias-correction-m-step-1": { stated: 10, digits: 2, what: "1/(1 − 0.9): Adam's first-moment correction at step 1", compute: () => 1 / (1 - 0.9) },
  "adam-bias-correction-v-step-1": { stated: 1000, digits: 3, what: "1/(1 − 0.999): Adam's second-moment correction at step 1", compute: () => 1 / (1 - 0.999) },

  // Activation slopes (gh-sigmoid-saturation, bp-sigmoid-derivative-from-activation, lo-logits-vs-probabilities).
  "sigmoid-prime-1": { stated: 0.197, digits: 3, what: "σ′(1): the floor of the double-sigmoid mistake σ′(a), a ∈ (0, 1)", compute: () => activationAt("sigmoid", 1).derivative },
  "sigmoid-prime-2": { stated: 0.105, digits: 3, what: "σ′(2)", compute: () => activationAt("sigmoid", 2).derivative },
  "sigmoid-prime-3": { stated: 0.045, digits: 2, what: "σ′(3)", compute: () => activationAt("sigmoid", 3).derivative },
  "sigmoid-prime-10": { stated: 0.000045, digits: 2, what: "σ′(10)", compute: () => activationAt("sigmoid", 10).derivative },
  "sigmoid-prime-of-sigmoid-3": {
    stated: 0.201,
    digits: 3,
    what: "σ′(σ(3)): the slope wrongly computed by applying the sigmoid twice",
    compute: () => activationAt("sigmoid", activationAt("sigmoid", 3).value).derivative,
  },
  "tanh-prime-1": { stated: 0.42, digits: 2, what: "tanh′(1): the floor of 1 − tanh²(a) for a ∈ (−1, 1)", compute: () => activationAt("tanh", 1).derivative },
  "sigmoid-5": { stated: 0.99, digits: 2, what: "σ(5): a logit of 5 against a single rival at 0", compute: () => activationAt("sigmoid", 5).value },

  // Losses and outputs.
  "label-smoothing-true-target-k10": { stated: 0.91, digits: 2, what: "1 − ε + ε/K for ε = 0.1, K = 10", compute: () => 1 - 0.1 + 0.1 / 10 },
  "mse-outlier-share-percent": { stated: 98, digits: 2, what: "share (%) of the squared error 10² in errors 1, 1, 10", compute: () => (100 * 10 ** 2) / (1 + 1 + 10 ** 2) },
  "float64-exp-overflow": { stated: 709.8, digits: 4, what: "ln(largest float64): where e^z overflows", compute: () => Math.log(Number.MAX_VALUE) },
  "softmax-top-prob-2-1-01-t1": { stated: 0.659, digits: 3, what: "top softmax probability of logits (2, 1, 0.1)", compute: () => Math.max(...softmax([2, 1, 0.1]).probabilities) },
  "softmax-top-prob-2-1-01-t2": {
    stated: 0.502,
    digits: 3,
    what: "top softmax probability of logits (2, 1, 0.1) at temperature 2",
    compute: () => Math.max(...softmax([2 / 2, 1 / 2, 0.1 / 2]).probabilities),
  },
  "ce-p-0.9": { stated: 0.105, digits: 3, what: "−ln 0.9", compute: () => -Math.log(0.9) },
  "ce-p-0.5": { stated: 0.693, digits: 3, what: "−ln 0.5", compute: () => -Math.log(0.5) },
  "ce-p-0.1": { stated: 2.303, digits: 4, what: "−ln 0.1", compute: () => -Math.log(0.1) },
  "focal-factor-p-0.9": { stated: 0.01, digits: 1, what: "(1 − 0.9)²: focal factor of an easy example, γ = 2", compute: () => (1 - 0.9) ** 2 },
  "focal-factor-p-0.5": { stated: 0.25, digits: 2, what: "(1 − 0.5)²: focal factor at p_t = 0.5, γ = 2", compute: () => (1 - 0.5) ** 2 },
  "focal-factor-p-0.1": { stated: 0.81, digits: 2, what: "(1 − 0.1)²: focal factor of a hard example, γ = 2", compute: () => (1 - 0.1) ** 2 },
  "focal-loss-p-0.9": { stated: 0.00105, digits: 3, what: "focal loss (γ = 2) at p_t = 0.9", compute: () => -((1 - 0.9) ** 2) * Math.log(0.9) },
  "focal-loss-p-0.5": { stated: 0.173, digits: 3, what: "focal loss (γ = 2) at p_t = 0.5", compute: () => -((1 - 0.5) ** 2) * Math.log(0.5) },
  "focal-loss-p-0.1": { stated: 1.865, digits: 4, what: "focal loss (γ = 2) at p_t = 0.1", compute: () => -((1 - 0.1) ** 2) * Math.log(0.1) },
  "focal-easy-reduction": { stated: 100, digits: 3, what: "1/(1 − 0.9)²: how much focal loss shrinks the easy example", compute: () => 1 / (1 - 0.9) ** 2 },
  "focal-hard-reduction": { stated: 1.2, digits: 2, what: "1/(1 − 0.1)²: how much focal loss shrinks the hard example", compute: () => 1 / (1 - 0.1) ** 2 },

  // Foundations.
  "mlp-784-128-10-params": {
    stated: 101770,
    digits: 6,
    what: "weights and biases of a fully connected 784-128-10 network",
    compute: () => 784 * 128 + 128 + 128 * 10 + 10,
  },

  // Generalization.
  "inverted-dropout-scale-p-0.2": { stated: 1.25, digits: 3, what: "1/(1 − p) for drop probability p = 0.2", compute: () => 1 / (1 - 0.2) },
  "l2-decay-remaining-1000-steps": {
    stated: 0.37,
    digits: 2,
    what: "(1 − ηλ)¹⁰⁰⁰ with ηλ = 0.001: a weight's remaining fraction after 1000 unopposed decay steps",
    compute: () => (1 - 0.001) ** 1000,
  },

  // Optimization and normalization.
  "cosine-factor-quarter": {
    stated: 0.854,
    digits: 3,
    what: "½(1 + cos(π/4)): cosine decay a quarter of the way (schedule at lr 1, no floor)",
    compute: () => learningRateAt({ kind: "warmup_cosine", lr: 1, warmupSteps: 0, totalSteps: 10_000, minLr: 0 }, 2_500).lr,
  },
  "cosine-factor-three-quarters": {
    stated: 0.146,
    digits: 3,
    what: "½(1 + cos(3π/4)): cosine decay three quarters of the way",
    compute: () => learningRateAt({ kind: "warmup_cosine", lr: 1, warmupSteps: 0, totalSteps: 10_000, minLr: 0 }, 7_500).lr,
  },
  "bn-running-mean-steps-within-10-percent": {
    stated: 22,
    digits: 2,
    what: "smallest k with 0.9ᵏ ≤ 0.1: running-mean steps (momentum 0.1) to get within 10 %",
    compute: () => Math.ceil(Math.log(0.1) / Math.log(0.9)),
  },

  // Memory and compute (backpropagation deck).
  "mlp-activation-memory-mb": {
    stated: 336,
    digits: 3,
    what: "MB of saved activations: 20 layers × 2 tensors × batch 512 × width 4096 × 4 bytes",
    compute: () => (20 * 2 * 512 * 4096 * 4) / 1e6,
  },
  "checkpointing-extra-compute-percent": {
    stated: 33,
    digits: 2,
    what: "extra compute (%) from one recomputed forward when a step costs 3 forwards",
    compute: () => (100 * (4 - 3)) / 3,
  },
} satisfies Record<string, Fact>;

export type FactKey = keyof typeof FACTS;

export function isFactKey(key: string): key is FactKey {
  return Object.hasOwn(FACTS, key);
}

/** As the text shows it: the stated value, in plain notation or ×10ⁿ for very small and large ones. */
export function formatFact(key: FactKey): string {
  const v = FACTS[key].stated;
  if (v !== 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e6)) {
    const [mantissa, exponent] = v.toExponential(FACTS[key].digits - 1).split("e");
    return `${mantissa} × 10^${Number(exponent)}`;
  }
  return String(v);
}

/** The same number as TeX, for `\\fact{key}` inside math. */
export function factTex(key: FactKey): string {
  return formatFact(key).replace(/ × 10\^(-?\d+)$/, "\\times 10^{$1}");
}

const PROSE_FACT = /<Fact\s+k=["']([^"']+)["']\s*\/>/g;
export const MATH_FACT = /\\fact\{([a-z0-9-]+)\}/g;

/** The fact keys an MDX source uses, in prose (`<Fact k="…" />`) and inside math (`\\fact{…}`). */
export function factKeysIn(source: string): string[] {
  return [...source.matchAll(PROSE_FACT), ...source.matchAll(MATH_FACT)].map((m) => m[1]!);
}
