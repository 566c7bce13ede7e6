// Computable numbers the backpropagation deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import { activationAt } from "@/lib/calculators";
import type { Fact } from "@/lib/content/facts";

export const backpropagationFacts = {
  "sigmoid-prime-1": {
    stated: 0.197,
    digits: 3,
    what: "σ′(1): the floor of the double-sigmoid mistake σ′(a), a ∈ (0, 1)",
    compute: () => activationAt("sigmoid", 1).derivative,
  },
  "sigmoid-prime-3": { stated: 0.045, digits: 2, what: "σ′(3)", compute: () => activationAt("sigmoid", 3).derivative },
  "sigmoid-prime-of-sigmoid-3": {
    stated: 0.201,
    digits: 3,
    what: "σ′(σ(3)): the slope wrongly computed by applying the sigmoid twice",
    compute: () => activationAt("sigmoid", activationAt("sigmoid", 3).value).derivative,
  },
  "tanh-prime-1": {
    stated: 0.42,
    digits: 2,
    what: "tanh′(1): the floor of 1 − tanh²(a) for a ∈ (−1, 1)",
    compute: () => activationAt("tanh", 1).derivative,
  },
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
