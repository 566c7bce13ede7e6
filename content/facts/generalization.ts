// Computable numbers the generalization deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import type { Fact } from "@/lib/content/facts";

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
} satisfies Record<string, Fact>;
