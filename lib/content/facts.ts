import { foundationsFacts } from "@/content/facts/foundations";
import { backpropagationFacts } from "@/content/facts/backpropagation";
import { gradientHealthFacts } from "@/content/facts/gradient-health";
import { optimizationFacts } from "@/content/facts/optimization";
import { lossesAndOutputsFacts } from "@/content/facts/losses-and-outputs";
import { normalizationFacts } from "@/content/facts/normalization";
import { generalizationFacts } from "@/content/facts/generalization";
import { derivationsFacts } from "@/content/facts/derivations";

import type { Fact } from "./fact-types";

export type { Fact };

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

/** Integers below this show every digit they claim; larger ones use ×10ⁿ. */
const PLAIN_INTEGER_LIMIT = 1e9;

/** 8192 stays as it is; 101770 reads better as 101,770. */
const grouped = (v: number) => (Math.abs(v) >= 10_000 ? v.toLocaleString("en-US") : String(v));

/**
 * As the text shows it, to the significant digits it claims (so 0.540 keeps its zero): integers from 10,000 grouped by
 * thousands, ×10ⁿ for very small and very large values unless the fact asks for plain notation.
 */
export function formatFact(key: FactKey): string {
  const fact: Fact = FACTS[key];
  const v = fact.stated;
  if (v === 0) return "0";
  // An integer is written out in full when its digits are all claimed (1,003,520), or when it is small enough that
  // trailing zeros read as a count (1000); 1.7 × 10^7 claims two digits and stays in powers of ten.
  const integerDigits = String(Math.abs(v)).length;
  if (Number.isInteger(v) && Math.abs(v) < PLAIN_INTEGER_LIMIT && (Math.abs(v) < 1e6 || fact.digits >= integerDigits))
    return grouped(v);
  const precise = v.toPrecision(fact.digits);
  const tiny = Math.abs(v) < 1e-4 || Math.abs(v) >= 1e6;
  if (precise.includes("e") || (tiny && fact.notation !== "plain")) {
    const [mantissa, exponent] = v.toExponential(fact.digits - 1).split("e");
    return `${mantissa} × 10^${Number(exponent)}`;
  }
  return precise;
}

/** The same number as TeX, for `\\fact{key}` inside math. */
export function factTex(key: FactKey): string {
  // {,} keeps KaTeX from spacing the thousands separator as punctuation.
  return formatFact(key)
    .replace(/,/g, "{,}")
    .replace(/ × 10\^(-?\d+)$/, "\\times 10^{$1}");
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
