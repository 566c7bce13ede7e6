import { activationAt, heInit, xavierInit } from "@/lib/calculators";

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

/** The `<Fact k="…" />` keys an MDX source uses. */
export function factKeysIn(source: string): string[] {
  return [...source.matchAll(/<Fact\s+k=["']([^"']+)["']\s*\/>/g)].map((m) => m[1]!);
}
