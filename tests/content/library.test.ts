import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkRegistry, loadContent, readRegistry, type ContentLibrary } from "@/lib/content/load";

// The real library under content/: every file valid, every formula compiles, no published id lost.
const root = path.resolve(import.meta.dirname, "../../content");
let library: ContentLibrary;

beforeAll(async () => {
  library = await loadContent(root, { compile: true });
}, 120_000);

describe("the content library", () => {
  test("compiles every item and every formula", () => {
    expect(library.items.length).toBeGreaterThan(0);
  });

  test("keeps every published id (or retires it on purpose) and registers every new one", async () => {
    const problems = checkRegistry(
      library.items.map((i) => i.id),
      await readRegistry(root),
    );
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  test("has the starter set: at least 2 decks, 20 Q&A cards and 10 MCQs", () => {
    expect(library.decks.length).toBeGreaterThanOrEqual(2);
    expect(library.items.filter((i) => i.kind === "qa").length).toBeGreaterThanOrEqual(20);
    expect(library.items.filter((i) => i.kind === "mcq").length).toBeGreaterThanOrEqual(10);
  });

  test("every deck has cards", () => {
    for (const deck of library.decks)
      expect(
        library.items.some((i) => i.deck === deck.id),
        deck.id,
      ).toBe(true);
  });
});

describe("derivation exercises", () => {
  test("there are at least 10, and every instance builds for many seeds", async () => {
    const { buildInstance } = await import("@/lib/exercises/instance");
    const exercises = library.items.flatMap((i) => (i.kind === "derivation" ? [i] : []));
    expect(exercises.length).toBeGreaterThanOrEqual(10);
    for (const ex of exercises)
      for (let seed = 0; seed < 50; seed++)
        expect(() => buildInstance(ex, seed), `${ex.id} seed ${seed}`).not.toThrow();
  });

  test("every diagnosable mistake points at a card that exists", async () => {
    const { MISTAKE_CARDS } = await import("@/lib/exercises/mistake-cards");
    const ids = new Set(library.items.map((i) => i.id));
    for (const [mistake, card] of Object.entries(MISTAKE_CARDS))
      expect(ids.has(card), `${mistake} → ${card}`).toBe(true);
  });
});
