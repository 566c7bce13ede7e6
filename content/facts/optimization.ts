// Computable numbers the optimization deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import { learningRateAt } from "@/lib/calculators";
import type { Fact } from "@/lib/content/facts";

export const optimizationFacts = {
  "adam-bias-correction-m-step-1": {
    stated: 10,
    digits: 2,
    what: "1/(1 − 0.9): Adam's first-moment correction at step 1",
    compute: () => 1 / (1 - 0.9),
  },
  "adam-bias-correction-v-step-1": {
    stated: 1000,
    digits: 3,
    what: "1/(1 − 0.999): Adam's second-moment correction at step 1",
    compute: () => 1 / (1 - 0.999),
  },
  "cosine-factor-quarter": {
    stated: 0.854,
    digits: 3,
    what: "½(1 + cos(π/4)): cosine decay a quarter of the way (schedule at lr 1, no floor)",
    compute: () =>
      learningRateAt({ kind: "warmup_cosine", lr: 1, warmupSteps: 0, totalSteps: 10_000, minLr: 0 }, 2_500).lr,
  },
  "cosine-factor-three-quarters": {
    stated: 0.146,
    digits: 3,
    what: "½(1 + cos(3π/4)): cosine decay three quarters of the way",
    compute: () =>
      learningRateAt({ kind: "warmup_cosine", lr: 1, warmupSteps: 0, totalSteps: 10_000, minLr: 0 }, 7_500).lr,
  },
} satisfies Record<string, Fact>;
