import "server-only";
import path from "node:path";
import { run } from "@mdx-js/mdx";
import type { MDXContent } from "mdx/types";
import * as runtime from "react/jsx-runtime";
import { env } from "@/lib/server/env";
import { loadContent, type ContentLibrary, type DeckSource, type ItemSource } from "./load";
import { introductionOrder } from "./introduction-order";
import { compileMdx } from "./mdx";
import type { ExerciseDefinition } from "@/lib/exercises/definition";
import { DIFFICULTIES, type Difficulty, type ItemKind } from "./schema";
import { buildSearchIndex, type SearchIndex } from "./search-index";

const contentRoot = path.join(process.cwd(), "content");

// Content is read-only at run time, so one parsed copy per process is safe (and it is not user state).
// In development it is re-read on every request so edits show up without a restart.
let cached: Promise<ContentLibrary> | undefined;
function library(): Promise<ContentLibrary> {
  if (env.NODE_ENV === "development") return loadContent(contentRoot);
  cached ??= loadContent(contentRoot);
  return cached;
}

export type DifficultyMix = Record<Difficulty, number>;

export interface DeckSummary {
  id: string;
  title: string;
  description: string;
  itemCount: number;
  qaCount: number;
  mcqCount: number;
  derivationCount: number;
  mix: DifficultyMix;
}

export interface ItemSummary {
  id: string;
  kind: ItemKind;
  deck: string;
  title: string;
  difficulty: Difficulty;
  tags: string[];
}

const emptyMix = (): DifficultyMix => ({ easy: 0, medium: 0, hard: 0 });

function summarizeDeck(deck: DeckSource, items: ItemSource[]): DeckSummary {
  const mine = items.filter((i) => i.deck === deck.id);
  const mix = emptyMix();
  for (const item of mine) mix[item.difficulty] += 1;
  return {
    id: deck.id,
    title: deck.title,
    description: deck.description,
    itemCount: mine.length,
    qaCount: mine.filter((i) => i.kind === "qa").length,
    mcqCount: mine.filter((i) => i.kind === "mcq").length,
    derivationCount: mine.filter((i) => i.kind === "derivation").length,
    mix,
  };
}

function summarizeItem(item: ItemSource): ItemSummary {
  return {
    id: item.id,
    kind: item.kind,
    deck: item.deck,
    title: item.title,
    difficulty: item.difficulty,
    tags: item.tags,
  };
}

export async function listDecks(): Promise<DeckSummary[]> {
  const lib = await library();
  return lib.decks.map((d) => summarizeDeck(d, lib.items));
}

export interface ItemFilter {
  difficulty?: Difficulty;
  tag?: string;
}

export async function getDeck(id: string, filter: ItemFilter = {}) {
  const lib = await library();
  const deck = lib.decks.find((d) => d.id === id);
  if (!deck) return undefined;
  const all = lib.items.filter((i) => i.deck === id);
  const items = all.filter(
    (i) => (!filter.difficulty || i.difficulty === filter.difficulty) && (!filter.tag || i.tags.includes(filter.tag)),
  );
  const tags = [...new Set(all.flatMap((i) => i.tags))].sort();
  const hasTheory = lib.theory.some((t) => t.deck === id);
  return {
    summary: summarizeDeck(deck, lib.items),
    intro: deck.intro.source,
    tags,
    items: items.map(summarizeItem),
    hasTheory,
  };
}

export interface TagSummary {
  tag: string;
  count: number;
}

export async function listTags(): Promise<TagSummary[]> {
  const lib = await library();
  const counts = new Map<string, number>();
  for (const item of lib.items) for (const tag of item.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}

export async function getTag(tag: string) {
  const lib = await library();
  const items = lib.items.filter((i) => i.tags.includes(tag));
  if (items.length === 0) return undefined;
  const deckTitles = Object.fromEntries(lib.decks.map((d) => [d.id, d.title]));
  return { tag, items: items.map(summarizeItem), deckTitles };
}

// One index per loaded library: built on the first search after a load, then reused by every request that sees
// the same library (in development each request loads afresh, so edits are searchable at once).
const searchIndexes = new WeakMap<ContentLibrary, SearchIndex>();
function searchIndexOf(lib: ContentLibrary): SearchIndex {
  let index = searchIndexes.get(lib);
  if (!index) {
    index = buildSearchIndex(lib.items);
    searchIndexes.set(lib, index);
  }
  return index;
}

/**
 * Items matching every word of the query (title, tags, question, answer, choices), best first: title matches
 * outrank tag matches, which outrank body matches; small typos are forgiven and words may be cut short.
 */
/** The best matches first; a kind or difficulty narrows them before the limit, so a filter never hides a match. */
export async function searchItems(
  query: string,
  limit = 50,
  filter: { kind?: ItemKind; difficulty?: Difficulty } = {},
): Promise<ItemSummary[]> {
  if (query.trim() === "") return [];
  const lib = await library();
  return searchIndexOf(lib)(query)
    .filter(
      (i) => (!filter.kind || i.kind === filter.kind) && (!filter.difficulty || i.difficulty === filter.difficulty),
    )
    .slice(0, limit)
    .map(summarizeItem);
}

export interface ChoiceView {
  text: string;
  correct: boolean;
  why: string;
}

export async function getItem(id: string) {
  const lib = await library();
  const index = lib.items.findIndex((i) => i.id === id);
  const item = lib.items[index];
  if (!item) return undefined;
  const siblings = lib.items.filter((i) => i.deck === item.deck);
  const position = siblings.findIndex((i) => i.id === id);
  const deck = lib.decks.find((d) => d.id === item.deck);
  const byId = new Map(lib.items.map((i) => [i.id, i]));
  return {
    ...summarizeItem(item),
    deckTitle: deck?.title ?? item.deck,
    sections: {
      question: item.sections.question?.source ?? "",
      answer: item.sections.answer?.source,
      explanation: item.sections.explanation?.source,
    },
    choices:
      item.kind === "mcq"
        ? item.choices.map((c): ChoiceView => ({ text: c.text, correct: c.correct, why: c.why }))
        : [],
    related: item.related.flatMap((r) => {
      const rel = byId.get(r);
      return rel ? [summarizeItem(rel)] : [];
    }),
    position: position + 1,
    deckSize: siblings.length,
    previous: siblings[position - 1]?.id,
    next: siblings[position + 1]?.id,
  };
}

/**
 * Items a review session may draw from, in the order new ones are introduced (see introductionOrder: deck by deck,
 * easy before hard, each Q&A before what tests it). Filters as on the deck page.
 */
export async function listItemsForReview(filter: { deck?: string; tag?: string; difficulty?: Difficulty }) {
  const lib = await library();
  const matching = lib.items.filter(
    (i) =>
      (!filter.deck || i.deck === filter.deck) &&
      (!filter.tag || i.tags.includes(filter.tag)) &&
      (!filter.difficulty || i.difficulty === filter.difficulty),
  );
  return introductionOrder(
    matching,
    lib.decks.map((d) => d.id),
  ).map(summarizeItem);
}

export type ItemView = NonNullable<Awaited<ReturnType<typeof getItem>>>;

type DerivationSource = Extract<ItemSource, { kind: "derivation" }>;
// One definition object per loaded item, so the check's per-(exercise, seed) solution cache can tell by identity
// that the definition is the one it typeset (a development reload makes new items, hence new definitions).
const definitions = new WeakMap<DerivationSource, ExerciseDefinition>();
function definitionOf(item: DerivationSource): ExerciseDefinition {
  let definition = definitions.get(item);
  if (!definition) {
    const { network, ranges, decimals, allowReluZero, targets, inputs, fixed, ask } = item;
    definition = { network, ranges, decimals, allowReluZero, targets, inputs, fixed, ask };
    definitions.set(item, definition);
  }
  return definition;
}

/** A derivation exercise's definition (what the instance builder and checker need) and its texts. */
export async function getExercise(id: string) {
  const lib = await library();
  const item = lib.items.find((i) => i.id === id);
  if (!item || item.kind !== "derivation") return undefined;
  const { hints } = item;
  return {
    id: item.id,
    title: item.title,
    definition: definitionOf(item),
    hints,
    explanation: item.sections.explanation?.source,
  };
}

/** A deck's theory page, if it has one. */
export async function getTheory(deckId: string) {
  const lib = await library();
  const page = lib.theory.find((t) => t.deck === deckId);
  const deck = lib.decks.find((d) => d.id === deckId);
  if (!page || !deck) return undefined;
  return { deck: deck.id, deckTitle: deck.title, title: page.title, summary: page.summary, body: page.body.source };
}

export async function contentCounts() {
  const lib = await library();
  return {
    decks: lib.decks.length,
    items: lib.items.length,
    qa: lib.items.filter((i) => i.kind === "qa").length,
    mcq: lib.items.filter((i) => i.kind === "mcq").length,
  };
}

export { DIFFICULTIES };

const compiled = new Map<string, Promise<MDXContent>>();

/** Compiles (once per process) and evaluates an MDX fragment into a server component. */
export function mdxComponent(source: string): Promise<MDXContent> {
  let component = compiled.get(source);
  if (!component) {
    component = compileMdx(source)
      .then((code) => run(code, { ...runtime, baseUrl: import.meta.url }))
      .then((mod) => mod.default);
    compiled.set(source, component);
  }
  return component;
}
