// Computable numbers the foundations deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import type { Fact } from "@/lib/content/fact-types";

/** Parameters of one fully connected layer: a weight per input-output pair and a bias per output. */
const layerParams = (dIn: number, dOut: number) => dIn * dOut + dOut;

const relu = (z: number) => Math.max(0, z);
/** The two-unit XOR network of fd-xor-linear-separability, as a function of s = x₁ + x₂. */
const xorHidden = (s: number) => ({ h1: relu(s), h2: relu(s - 1) });
const xorNet = (s: number) => {
  const { h1, h2 } = xorHidden(s);
  return h1 - 2 * h2;
};

/** Φ(z), the standard normal CDF, by Simpson's rule on the density from 0 (accurate far beyond the digits stated). */
function normalCdf(z: number): number {
  const n = 2000;
  const h = z / n;
  const pdf = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
  let sum = pdf(0) + pdf(z);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * pdf(i * h);
  return 0.5 + (sum * h) / 3;
}

/** The lowest value of GELU(z) = zΦ(z), found on a grid over [−3, 0] (the minimum sits near z ≈ −0.75). */
function geluMinimum(): number {
  let best = 0;
  for (let z = -3; z <= 0; z += 1e-3) best = Math.min(best, z * normalCdf(z));
  return best;
}

export const foundationsFacts = {
  "mlp-784-128-10-params": {
    stated: 101770,
    digits: 6,
    what: "weights and biases of a fully connected 784-128-10 network",
    compute: () => layerParams(784, 128) + layerParams(128, 10),
  },
  "fd-784-128-layer-params": {
    stated: 100480,
    digits: 6,
    what: "parameters of the 784 → 128 layer: 784·128 weights + 128 biases",
    compute: () => layerParams(784, 128),
  },
  "fd-128-10-layer-params": {
    stated: 1290,
    digits: 4,
    what: "parameters of the 128 → 10 layer: 128·10 weights + 10 biases",
    compute: () => layerParams(128, 10),
  },
  "fd-784-128-10-weights-only": {
    stated: 101632,
    digits: 6,
    what: "mistake: the 784-128-10 network's weights without its biases",
    compute: () => 784 * 128 + 128 * 10,
  },
  "fd-784-128-weights": { stated: 100352, digits: 6, what: "weights of the 784 → 128 layer", compute: () => 784 * 128 },
  "fd-128-10-weights": { stated: 1280, digits: 4, what: "weights of the 128 → 10 layer", compute: () => 128 * 10 },
  "fd-784-128-10-biases": {
    stated: 138,
    digits: 3,
    what: "biases of the 784-128-10 network (one per hidden and output unit)",
    compute: () => 128 + 10,
  },
  "fd-784-128-10-product": {
    stated: 1003520,
    digits: 7,
    what: "mistake: the three layer sizes multiplied together",
    compute: () => 784 * 128 * 10,
  },
  "fd-784-128-10-no-output-bias": {
    stated: 101760,
    digits: 6,
    what: "mistake: the 784-128-10 network's parameters without the 10 output biases",
    compute: () => layerParams(784, 128) + 128 * 10,
  },
  "fd-784-fan-in-plus-bias": { stated: 785, digits: 3, what: "784 inputs + 1 bias", compute: () => 784 + 1 },
  "fd-128-fan-in-plus-bias": { stated: 129, digits: 3, what: "128 inputs + 1 bias", compute: () => 128 + 1 },
  "fd-256-fan-in-plus-bias": { stated: 257, digits: 3, what: "256 inputs + 1 bias", compute: () => 256 + 1 },
  "fd-784-256-layer-params": {
    stated: 200960,
    digits: 6,
    what: "parameters of the 784 → 256 layer: (784 + 1)·256",
    compute: () => layerParams(784, 256),
  },
  "fd-256-10-layer-params": {
    stated: 2570,
    digits: 4,
    what: "parameters of the 256 → 10 layer: (256 + 1)·10",
    compute: () => layerParams(256, 10),
  },
  "fd-784-256-10-params": {
    stated: 203530,
    digits: 6,
    what: "weights and biases of a fully connected 784-256-10 network",
    compute: () => layerParams(784, 256) + layerParams(256, 10),
  },
  "fd-gelu-minimum": {
    stated: -0.17,
    digits: 2,
    what: "the lowest value of GELU(z) = zΦ(z), the bottom of its range",
    compute: geluMinimum,
  },
  "fd-sigmoid-mse-factor-wrong": {
    stated: 0.001,
    digits: 1,
    what: "σ′(z) = p(1 − p) at p = 0.001: the factor squared error adds to a confidently wrong sigmoid output",
    compute: () => 0.001 * (1 - 0.001),
  },
  "fd-ln-10": {
    stated: 2.303,
    digits: 4,
    what: "ln 10: how many times too small a cross-entropy computed with log₁₀ comes out",
    compute: () => Math.LN10,
  },
  "fd-xor-y-s0": { stated: 0, digits: 1, what: "XOR net output at s = x₁ + x₂ = 0", compute: () => xorNet(0) },
  "fd-xor-y-s1": { stated: 1, digits: 1, what: "XOR net output at s = 1", compute: () => xorNet(1) },
  "fd-xor-y-s2": { stated: 0, digits: 1, what: "XOR net output at s = 2", compute: () => xorNet(2) },
  "fd-xor-h1-s2": { stated: 2, digits: 1, what: "XOR net's h₁ = ReLU(s) at s = 2", compute: () => xorHidden(2).h1 },
  "fd-xor-2h2-s2": {
    stated: 2,
    digits: 1,
    what: "XOR net's 2h₂ = 2·ReLU(s − 1) at s = 2",
    compute: () => 2 * xorHidden(2).h2,
  },
} satisfies Record<string, Fact>;
