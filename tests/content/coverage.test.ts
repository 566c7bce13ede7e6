import { readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { beforeAll, describe, expect, test } from "vitest";
import { loadContent, type ContentLibrary } from "@/lib/content/load";

// content/coverage.yaml maps every question the reference notes raise to the cards that answer it.
const root = path.resolve(import.meta.dirname, "../../content");

interface CoverageEntry {
  source: string;
  question: string;
  cards: string[];
}

// Questions found in each reference note (shared/seeds), counted by hand:
// 000: the seven interview Q&A; 001: the four interview talking points; 002: the numbered list (#1–#15, #10 absent);
// 003: four interview questions plus three FAQ entries; 004: the two FAQ entries.
const QUESTIONS_PER_NOTE: Record<string, number> = { "000": 7, "001": 4, "002": 14, "003": 7, "004": 2 };

let entries: CoverageEntry[];
let library: ContentLibrary;

beforeAll(async () => {
  const text = await readFile(path.join(root, "coverage.yaml"), "utf8");
  // gray-matter's bundled YAML parser reads the file when it is wrapped as front matter.
  const data: unknown = matter("---\n" + text + "\n---\n").data;
  // gray-matter returns an object; a top-level YAML list comes back as an array-like object.
  entries = (Array.isArray(data) ? data : Object.values(data as Record<string, CoverageEntry>)) as CoverageEntry[];
  library = await loadContent(root);
}, 120_000);

describe("question coverage", () => {
  test("parses entries with a source, a question and a list of cards", () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(typeof e.source, JSON.stringify(e)).toBe("string");
      expect(typeof e.question, e.source).toBe("string");
      expect(e.question.trim().length, e.source).toBeGreaterThan(5);
      expect(Array.isArray(e.cards), e.source).toBe(true);
    }
  });

  test("every question has at least one card", () => {
    for (const e of entries) expect(e.cards.length, e.source).toBeGreaterThanOrEqual(1);
  });

  test("every card id exists in the library", () => {
    const ids = new Set(library.items.map((i) => i.id));
    const missing = entries.flatMap((e) => e.cards.filter((c) => !ids.has(c)).map((c) => `${e.source} → ${c}`));
    expect(missing).toEqual([]);
  });

  test("sources are unique", () => {
    const seen = new Set<string>();
    const dupes = entries.map((e) => e.source).filter((s) => (seen.has(s) ? true : (seen.add(s), false)));
    expect(dupes).toEqual([]);
  });

  test.each(Object.entries(QUESTIONS_PER_NOTE))("note %s: at least %i questions covered", (note, count) => {
    expect(entries.filter((e) => e.source.split(" ")[0] === note).length).toBeGreaterThanOrEqual(count);
  });
});
