// Computable numbers the gradient-health deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import { activationAt, heInit, xavierInit } from "@/lib/calculators";
import type { Fact } from "@/lib/content/facts";

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
    compute: () => 0.25 ** 10,
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
} satisfies Record<string, Fact>;
