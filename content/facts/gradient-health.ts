// Computable numbers the gradient-health deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import { activationAt, heInit, xavierInit } from "@/lib/calculators";
import type { Fact } from "@/lib/content/fact-types";

const sigmoidPrime = (z: number) => activationAt("sigmoid", z).derivative;
const SIGMOID_MAX_SLOPE = sigmoidPrime(0);

/** The clipping example: g = (3, 4) clipped at c = 1, by global L2 norm, by value, and (wrongly) by the L1 norm. */
const CLIP_G = [3, 4] as const;
const CLIP_C = 1;
const l2 = Math.hypot(...CLIP_G);
const clipByNorm = (i: 0 | 1) => CLIP_G[i] * Math.min(1, CLIP_C / l2);
const clipByValue = (i: 0 | 1) => Math.min(CLIP_C, Math.max(-CLIP_C, CLIP_G[i]));
const l1 = CLIP_G[0] + CLIP_G[1];

/** PyTorch's default nn.Linear init: U[−1/√n, 1/√n], whose variance is (1/√n)²/3 = 1/(3n). */
const torchDefaultVariance = (fanIn: number) => (1 / Math.sqrt(fanIn)) ** 2 / 3;

export const gradientHealthFacts = {
  "sigmoid-prime-0": {
    stated: 0.25,
    digits: 2,
    what: "σ′(0), the sigmoid's largest slope",
    compute: () => activationAt("sigmoid", 0).derivative,
  },
  "sigmoid-prime-5": { stated: 0.0066, digits: 2, what: "σ′(5)", compute: () => activationAt("sigmoid", 5).derivative },
  "sigmoid-prime-5-ten-layers": {
    stated: 1.7e-22,
    digits: 2,
    what: "σ′(5)¹⁰: ten saturated sigmoid layers",
    compute: () => activationAt("sigmoid", 5).derivative ** 10,
  },
  "sigmoid-slope-bound-ten-layers": {
    stated: 9.5e-7,
    digits: 2,
    what: "0.25¹⁰: the best case through ten sigmoid layers",
    compute: () => SIGMOID_MAX_SLOPE ** 10,
  },
  "tanh-prime-0": { stated: 1, digits: 1, what: "tanh′(0)", compute: () => activationAt("tanh", 0).derivative },
  "he-std-fan-in-512": {
    stated: 0.0625,
    digits: 3,
    what: "He normal std for fan-in 512",
    compute: () => heInit(512).normalStd,
  },
  "xavier-uniform-bound-256-256": {
    stated: 0.108,
    digits: 3,
    what: "Xavier uniform bound for fan-in 256, fan-out 256",
    compute: () => xavierInit(256, 256).uniformBound,
  },
  "sigmoid-prime-2": { stated: 0.105, digits: 3, what: "σ′(2)", compute: () => activationAt("sigmoid", 2).derivative },
  "sigmoid-prime-10": {
    stated: 0.000045,
    digits: 2,
    what: "σ′(10)",
    compute: () => activationAt("sigmoid", 10).derivative,
  },
  "gh-sigmoid-bound-ten-layers-order": {
    stated: 1e-6,
    digits: 1,
    what: "0.25¹⁰ to one significant digit",
    compute: () => SIGMOID_MAX_SLOPE ** 10,
  },
  "gh-sigmoid-bounds-added-ten-layers": {
    stated: 2.5,
    digits: 2,
    what: "mistake: ten per-layer bounds of 0.25 added instead of multiplied",
    compute: () => 10 * SIGMOID_MAX_SLOPE,
  },
  "gh-tanh-sigmoid-max-slope-ratio": {
    stated: 4,
    digits: 1,
    what: "tanh′(0) / σ′(0): how tanh z = 2σ(2z) − 1 rescales the slope",
    compute: () => activationAt("tanh", 0).derivative / SIGMOID_MAX_SLOPE,
  },
  "gh-tanh-0": { stated: 0, digits: 1, what: "tanh(0)", compute: () => activationAt("tanh", 0).value },
  "gh-gain-below-one-50-layers": {
    stated: 0.005,
    digits: 1,
    what: "0.9⁵⁰: a per-layer gain slightly below 1 over 50 layers",
    compute: () => 0.9 ** 50,
  },
  "gh-gain-above-one-50-layers": {
    stated: 117,
    digits: 3,
    what: "1.1⁵⁰: a per-layer gain slightly above 1 over 50 layers",
    compute: () => 1.1 ** 50,
  },
  "gh-clip-34-norm": { stated: 5, digits: 1, what: "‖(3, 4)‖₂", compute: () => l2 },
  "gh-clip-34-by-norm-x": {
    stated: 0.6,
    digits: 1,
    what: "first component of (3, 4) clipped to global norm 1",
    compute: () => clipByNorm(0),
  },
  "gh-clip-34-by-norm-y": {
    stated: 0.8,
    digits: 1,
    what: "second component of (3, 4) clipped to global norm 1",
    compute: () => clipByNorm(1),
  },
  "gh-clip-34-by-value-x": {
    stated: 1,
    digits: 1,
    what: "first component of (3, 4) clipped by value at 1",
    compute: () => clipByValue(0),
  },
  "gh-clip-34-by-value-y": {
    stated: 1,
    digits: 1,
    what: "second component of (3, 4) clipped by value at 1",
    compute: () => clipByValue(1),
  },
  "gh-clip-34-l1": { stated: 7, digits: 1, what: "‖(3, 4)‖₁ = 3 + 4", compute: () => l1 },
  "gh-clip-34-by-l1-x": {
    stated: 0.43,
    digits: 2,
    what: "mistake: first component of (3, 4) divided by its L1 norm",
    compute: () => CLIP_G[0] / l1,
  },
  "gh-clip-34-by-l1-y": {
    stated: 0.57,
    digits: 2,
    what: "mistake: second component of (3, 4) divided by its L1 norm",
    compute: () => CLIP_G[1] / l1,
  },
  "gh-he-std-fan-in-1024": {
    stated: 0.0442,
    digits: 3,
    what: "He normal std for fan-in 1024",
    compute: () => heInit(1024).normalStd,
  },
  "gh-he-over-torch-default-variance": {
    stated: 6,
    digits: 1,
    what: "He's variance 2/n over PyTorch's default nn.Linear variance 1/(3n)",
    compute: () => heInit(1024).variance / torchDefaultVariance(1024),
  },
  "gh-lecun-std-fan-in-512": {
    stated: 0.0442,
    digits: 3,
    what: "mistake: LeCun std √(1/512), missing ReLU's factor 2",
    compute: () => Math.sqrt(1 / 512),
  },
  "gh-he-variance-fan-in-512": {
    stated: 0.0039,
    digits: 2,
    what: "mistake: He's variance 2/512 used as the standard deviation",
    compute: () => heInit(512).variance,
  },
  "gh-he-std-over-variance-512": {
    stated: 16,
    digits: 2,
    what: "how many times too small the weights are when the variance 2/512 is used as the std",
    compute: () => heInit(512).normalStd / heInit(512).variance,
  },
  "gh-xavier-std-512-256": {
    stated: 0.051,
    digits: 2,
    what: "mistake for ReLU: Xavier normal std for fan-in 512, fan-out 256",
    compute: () => xavierInit(512, 256).normalStd,
  },
  "gh-xavier-300-100-fan-sum": {
    stated: 400,
    digits: 3,
    what: "n_in + n_out for a 300 → 100 layer",
    compute: () => 300 + 100,
  },
  "gh-xavier-300-100-variance": {
    stated: 0.005,
    digits: 1,
    what: "Xavier variance for a 300 → 100 layer",
    compute: () => xavierInit(300, 100).variance,
  },
  "gh-xavier-300-100-std": {
    stated: 0.071,
    digits: 2,
    what: "Xavier normal std for a 300 → 100 layer",
    compute: () => xavierInit(300, 100).normalStd,
  },
  "gh-xavier-300-100-uniform-bound": {
    stated: 0.122,
    digits: 3,
    what: "Xavier uniform bound for a 300 → 100 layer",
    compute: () => xavierInit(300, 100).uniformBound,
  },
} satisfies Record<string, Fact>;
