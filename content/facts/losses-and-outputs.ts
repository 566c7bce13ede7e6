// Computable numbers the losses-and-outputs deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import { activationAt, softmax } from "@/lib/calculators";
import type { Fact } from "@/lib/content/facts";

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
} satisfies Record<string, Fact>;
