import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { factKeysIn, FACTS, FACTS_BY_DECK, factTex, formatFact, type FactKey } from "@/lib/content/facts";

const contentDir = path.join(import.meta.dirname, "..", "..", "content");
const mdxSources = readdirSync(contentDir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => readFileSync(path.join(contentDir, f), "utf8"));

// Every number content states through <Fact> is recomputed here from its definition.
describe("content facts", () => {
  test.each(Object.entries(FACTS).map(([key, fact]) => ({ key, ...fact })))(
    "$key: $what = $stated",
    ({ stated, digits, compute }) => {
      expect(Number(compute().toPrecision(digits))).toBe(stated);
    },
  );

  test.each([
    { key: "sigmoid-prime-5", text: "0.0066" },
    { key: "sigmoid-slope-bound-ten-layers", text: "9.5 × 10^-7" },
    { key: "adam-bias-correction-v-step-1", text: "1000" },
    { key: "mlp-784-128-10-params", text: "101,770" },
    { key: "fd-784-128-10-product", text: "1,003,520" },
    { key: "bp-jacobian-entries-4096", text: "1.7 × 10^7" },
    { key: "bp-ce-210-p3", text: "0.090" },
    { key: "op-sgd-step-g002", text: "-0.00002" },
  ] as Array<{ key: FactKey; text: string }>)("$key is shown as $text", ({ key, text }) => {
    expect(formatFact(key)).toBe(text);
  });

  test("every key can be written both as <Fact k> and as \\fact{key}", () => {
    expect(Object.keys(FACTS).filter((key) => !/^[a-z0-9.-]+$/.test(key))).toEqual([]);
  });

  test("no key is defined by two decks", () => {
    const perDeck = Object.values(FACTS_BY_DECK).flatMap((facts) => Object.keys(facts));
    expect(perDeck.length).toBe(Object.keys(FACTS).length);
  });

  test("every fact is stated somewhere in the content", () => {
    const used = new Set(mdxSources.flatMap(factKeysIn));
    expect(Object.keys(FACTS).filter((key) => !used.has(key))).toEqual([]);
  });

  test("TeX keeps the thousands separator tight and writes powers of ten", () => {
    expect(factTex("mlp-784-128-10-params")).toBe("101{,}770");
    expect(factTex("sigmoid-slope-bound-ten-layers")).toBe("9.5\\times 10^{-7}");
  });

  test("finds the fact keys an MDX source uses", () => {
    expect(factKeysIn("slope <Fact k=\"sigmoid-prime-5\" /> and <Fact k='he-std-fan-in-512'/>")).toEqual([
      "sigmoid-prime-5",
      "he-std-fan-in-512",
    ]);
  });
});
