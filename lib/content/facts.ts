import { foundationsFacts } from "@/content/facts/foundations";
import { backpropagationFacts } from "@/content/facts/backpropagation";
import { gradientHealthFacts } from "@/content/facts/gradient-health";
import { optimizationFacts } from "@/content/facts/optimization";
import { lossesAndOutputsFacts } from "@/content/facts/losses-and-outputs";
import { normalizationFacts } from "@/content/facts/normalization";
import { generalizationFacts } from "@/content/facts/generalization";
import { derivationsFacts } from "@/content/facts/derivations";

/**
 * Numbers that content states and that can be computed, kept beside the text in content/facts/<deck>.ts. Content writes `<Fact k="sigmoid-prime-5" />` and the page
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

/** Each deck's facts, kept apart so a test can prove no key is defined twice (a spread would hide it). */
export const FACTS_BY_DECK = {
  foundations: foundationsFacts,
  backpropagation: backpropagationFacts,
  "gradient-health": gradientHealthFacts,
  optimization: optimizationFacts,
  "losses-and-outputs": lossesAndOutputsFacts,
  normalization: normalizationFacts,
  generalization: generalizationFacts,
  derivations: derivationsFacts,
} satisfies Record<string, Record<string, Fact>>;

export const FACTS = {
  ...foundationsFacts,
  ...backpropagationFacts,
  ...gradientHealthFacts,
  ...optimizationFacts,
  ...lossesAndOutputsFacts,
  ...normalizationFacts,
  ...generalizationFacts,
  ...derivationsFacts,
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
export const MATH_FACT = /\\fact\{([a-z0-9.-]+)\}/g;

/** The fact keys an MDX source uses, in prose (`<Fact k="…" />`) and inside math (`\\fact{…}`). */
export function factKeysIn(source: string): string[] {
  return [...source.matchAll(PROSE_FACT), ...source.matchAll(MATH_FACT)].map((m) => m[1]!);
}

/** The source with every known fact written as its stated number: the plain text search indexes. */
export function withFactsAsText(source: string): string {
  const value = (whole: string, key: string) => (isFactKey(key) ? formatFact(key) : whole);
  return source.replace(PROSE_FACT, value).replace(MATH_FACT, value);
}
