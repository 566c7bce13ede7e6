import { DIFFICULTIES, type Difficulty, type ItemKind } from "./schema";

export interface OrderedItem {
  id: string;
  deck: string;
  kind: ItemKind;
  difficulty: Difficulty;
  title: string;
  related: readonly string[];
}

const KIND_RANK: Record<ItemKind, number> = { qa: 0, mcq: 1, derivation: 2 };

/**
 * The order new items are introduced in: deck by deck in the decks' order, then within a deck easy before hard and,
 * at one difficulty, Q&A cards before MCQs before exercises. An MCQ or exercise that tests a Q&A of its own deck
 * (either lists the other as related) waits until right after the last such Q&A, so it never comes before the card
 * that teaches it, even when that card is harder. A learner reads before being tested: with the library's own order
 * (easy first across all decks, then by title) a derivation exercise was the second card a new learner saw.
 *
 * Items of decks not in `deckOrder` come last; the order is total (title, then id), so it is the same on every call.
 */
export function introductionOrder<T extends OrderedItem>(items: readonly T[], deckOrder: readonly string[]): T[] {
  const deckRank = (deck: string) => {
    const k = deckOrder.indexOf(deck);
    return k === -1 ? deckOrder.length : k;
  };
  const base = [...items].sort(
    (a, b) =>
      deckRank(a.deck) - deckRank(b.deck) ||
      a.deck.localeCompare(b.deck) ||
      DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty) ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
  // For each MCQ or exercise, the Q&As of its own deck (among these items) it tests. Built from the relations
  // themselves rather than by pairing every item with every other: a session reads this for thousands of items.
  const byId = new Map(items.map((i) => [i.id, i]));
  const teaches = new Map<string, Set<string>>();
  const link = (test: OrderedItem, qa: OrderedItem | undefined) => {
    if (test.kind === "qa" || qa?.kind !== "qa" || qa.deck !== test.deck) return;
    let qas = teaches.get(test.id);
    if (!qas) teaches.set(test.id, (qas = new Set()));
    qas.add(qa.id);
  };
  for (const item of items) {
    for (const id of item.related) {
      const other = byId.get(id);
      if (!other) continue;
      link(item, other);
      link(other, item);
    }
  }
  const out: T[] = [];
  const placed = new Set<string>();
  let waiting: T[] = [];
  const ready = (item: T) => [...(teaches.get(item.id) ?? [])].every((id) => placed.has(id));
  for (const item of base) {
    if (item.kind !== "qa" && !ready(item)) {
      waiting.push(item);
      continue;
    }
    out.push(item);
    placed.add(item.id);
    if (item.kind !== "qa" || waiting.length === 0) continue;
    // Tests held back for this Q&A follow it, in the order they were reached.
    const released = waiting.filter(ready);
    waiting = waiting.filter((w) => !released.includes(w));
    out.push(...released);
    for (const r of released) placed.add(r.id);
  }
  // Every held test names only Q&As among these items, which are all placed by now; kept for safety.
  out.push(...waiting);
  return out;
}
