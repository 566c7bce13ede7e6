// Computable numbers the normalization deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import type { Fact } from "@/lib/content/facts";

export const normalizationFacts = {
  "bn-running-mean-steps-within-10-percent": {
    stated: 22,
    digits: 2,
    what: "smallest k with 0.9ᵏ ≤ 0.1: running-mean steps (momentum 0.1) to get within 10 %",
    compute: () => Math.ceil(Math.log(0.1) / Math.log(0.9)),
  },
} satisfies Record<string, Fact>;
