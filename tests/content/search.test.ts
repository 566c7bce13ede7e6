import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { loadContent, type ContentLibrary } from "@/lib/content/load";
import { searchHref, searchParamsSchema } from "@/lib/content/filters";
import { searchItems } from "@/lib/content/repository";
import { searchTerms } from "@/lib/content/search-index";

const root = path.resolve(import.meta.dirname, "../../content");
let library: ContentLibrary;
beforeAll(async () => {
  library = await loadContent(root);
}, 120_000);

const ids = async (query: string, limit?: number) => (await searchItems(query, limit)).map((i) => i.id);

describe("search over the real library", () => {
  test.each([
    { label: "an exact word in a title", query: "checkpointing", top: "bp-gradient-checkpointing" },
    { label: "two exact words", query: "dead relu", top: "gh-dead-relu" },
    { label: "a typo in a long word (fuzzy)", query: "softmx", top: "lo-softmax-subtract-max" },
    { label: "a typo in a word that is not last", query: "momentm steady", top: "mcq-momentum-steady-state-step" },
    { label: "an unfinished last word (prefix)", query: "checkpoint", top: "bp-gradient-checkpointing" },
    { label: "a prefix of backpropagation", query: "backprop", contains: ["bp-what-backprop-computes"] },
    { label: "a word cut short before the last", query: "grad descent", contains: ["op-gd-sgd-adam-compared"] },
    // TeX in the content: W_1, \delta_2. Typed the way a learner writes them they match the TeX-squashed text.
    { label: "a subscripted weight typed plainly (TeX)", query: "dW1", contains: ["ex-linear-layer-backward"] },
    { label: "a subscripted Greek letter typed plainly (TeX)", query: "delta2", contains: ["ex-xor-221-sigmoid-mse"] },
    { label: "a TeX command name", query: "\\sigma", contains: ["mcq-sigmoid-max-slope"] },
    // Facts are indexed as their numbers; a decimal is one term, not "0" and "0066".
    { label: "a fact's number", query: "0.0066", top: "mcq-sigmoid-mse-confident-mistake" },
    {
      label: "three words narrow to softmax cross-entropy cards",
      query: "cross entropy softmax",
      contains: ["ex-softmax-ce-output-gradient", "bp-softmax-cross-entropy-gradient"],
    },
  ])("$label: $query", async ({ query, top, contains }) => {
    const found = await ids(query);
    if (top) expect(found[0]).toBe(top);
    for (const id of contains ?? []) expect(found).toContain(id);
  });

  test.each([
    { label: "an empty query", query: "" },
    { label: "only spaces", query: "   " },
    { label: "only punctuation", query: "?!" },
    { label: "a word in no card", query: "zzzznotaword" },
    { label: "every word must match, not just one", query: "softmax zzzznotaword" },
    { label: "numbers are not fuzzy (0.0066 is stated, 0.0065 is not)", query: "0.0065" },
    { label: "a typo in a four-letter word (short words must be exact)", query: "adma" },
  ])("$label finds nothing: '$query'", async ({ query }) => {
    expect(await searchItems(query)).toEqual([]);
  });

  test("a typo finds what the correct spelling finds", async () => {
    expect(await ids("softmx", 1000)).toEqual(await ids("softmax", 1000));
  });

  test.each(["relu", "gelu", "tanh", "adam"])(
    "a word under five letters (%s) is not fuzzy (relu must not find gelu or rely): every result has a word starting with it",
    async (word) => {
      const found = await ids(word, 1000);
      expect(found.length).toBeGreaterThan(0);
      const text = new Map(library.items.map((i) => [i.id, searchTerms(i.searchText)]));
      for (const id of found)
        expect(
          text.get(id)?.some((t) => t.startsWith(word)),
          id,
        ).toBe(true);
    },
  );

  test.each([
    { label: "cross entropy, then softmax", broad: "cross entropy", narrow: "cross entropy softmax" },
    { label: "chain, then rule", broad: "chain", narrow: "chain rule" },
    { label: "sigmoid, then vanishing", broad: "sigmoid", narrow: "sigmoid vanishing" },
  ])("another word narrows: $label", async ({ broad, narrow }) => {
    const wide = await ids(broad, 1000);
    const few = await ids(narrow, 1000);
    expect(few.length).toBeGreaterThan(0);
    expect(few.length).toBeLessThan(wide.length);
    for (const id of few) expect(wide).toContain(id);
  });

  test.each(["softmax", "sigmoid", "dropout", "momentum"])(
    "ranked: cards with '%s' in the title come before cards that only mention it",
    async (word) => {
      const found = await searchItems(word, 1000);
      const inTitleOrTags = found.map(
        (i) => searchTerms(i.title.toLowerCase()).includes(word) || i.tags.some((t) => t.includes(word)),
      );
      const firstBodyOnly = inTitleOrTags.indexOf(false);
      expect(inTitleOrTags[0]).toBe(true);
      if (firstBodyOnly >= 0) expect(inTitleOrTags.slice(firstBodyOnly)).not.toContain(true);
    },
  );

  test("the limit caps the results", async () => {
    expect(await searchItems("gradient", 5)).toHaveLength(5);
    expect((await searchItems("gradient")).length).toBe(50);
  });
});

describe("search finds every card by words of its own title", () => {
  test("any subset of a title's words finds that card", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), async (pick, wordPicks) => {
        const item = library.items[pick % library.items.length]!;
        const words = searchTerms(item.title);
        const query = wordPicks.map((n) => words[n % words.length]!).join(" ");
        expect(await ids(query, 10_000), query).toContain(item.id);
      }),
      { numRuns: 60 },
    );
  });
});

describe("searchTerms", () => {
  test.each([
    { label: "words and spaces", text: "Dead ReLU units", terms: ["Dead", "ReLU", "units"] },
    { label: "a decimal stays one term", text: "slope 0.0066.", terms: ["slope", "0.0066"] },
    { label: "TeX marks split", text: "\\delta_{2} and W_1", terms: ["delta", "2", "and", "W", "1"] },
    { label: "hyphens split", text: "log-softmax", terms: ["log", "softmax"] },
    { label: "nothing but punctuation", text: "?! -", terms: [] },
  ])("$label", ({ text, terms }) => {
    expect(searchTerms(text)).toEqual(terms);
  });
});

describe("narrowing a search to one kind and one difficulty", () => {
  test.each([
    { label: "derivations", filter: { kind: "derivation" } },
    { label: "MCQs", filter: { kind: "mcq" } },
    { label: "hard cards", filter: { difficulty: "hard" } },
    { label: "easy Q&A cards", filter: { kind: "qa", difficulty: "easy" } },
  ] as const)("$label: the same ranking, only those cards, counted before the limit", async ({ filter }) => {
    const all = await searchItems("gradient", 1000);
    const wanted = all.filter(
      (i) =>
        (!("kind" in filter) || i.kind === filter.kind) &&
        (!("difficulty" in filter) || i.difficulty === filter.difficulty),
    );
    expect(wanted.length).toBeGreaterThan(0);
    expect(await searchItems("gradient", 1000, filter)).toEqual(wanted);
    // The limit applies after the filter: five derivations, not the derivations among the first five results.
    expect(await searchItems("gradient", 5, filter)).toEqual(wanted.slice(0, 5));
  });

  test.each([
    {
      label: "words and both filters",
      query: { q: " softmax ", kind: "mcq", difficulty: "hard" },
      parsed: { q: "softmax", kind: "mcq", difficulty: "hard" },
    },
    { label: "an unknown kind is dropped, not an error", query: { q: "relu", kind: "essay" }, parsed: { q: "relu" } },
    {
      label: "a repeated parameter takes the first",
      query: { q: "relu", difficulty: ["easy", "hard"] },
      parsed: { q: "relu", difficulty: "easy" },
    },
    { label: "nothing at all", query: {}, parsed: { q: "" } },
  ])("the query string: $label", ({ query, parsed }) => {
    const params = searchParamsSchema.parse(query);
    expect(params).toEqual({ kind: undefined, difficulty: undefined, ...parsed });
    // A link built from the parsed filters reads back to the same filters.
    const again = Object.fromEntries(new URL(searchHref(params), "http://x").searchParams);
    expect(searchParamsSchema.parse(again)).toEqual(params);
  });
});
