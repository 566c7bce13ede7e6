import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { listDecks, listItemsForReview } from "@/lib/content/repository";
import { loadContent } from "@/lib/content/load";
import { introductionOrder } from "@/lib/content/introduction-order";
import { DIFFICULTIES } from "@/lib/content/schema";
import path from "node:path";

// New items used to come in the library's order: easy before hard across every deck, then by title, so a derivation
// exercise was the second card a new learner saw. They now come deck by deck, in the decks' order; within a deck easy
// before hard, and each Q&A before the MCQs and exercises of that deck that test it (related either way).
const rank = (d: (typeof DIFFICULTIES)[number]) => DIFFICULTIES.indexOf(d);

describe("the order new items are introduced in, over the whole library", async () => {
  const library = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  const byId = new Map(library.items.map((i) => [i.id, i]));
  const deckOrder = (await listDecks()).map((d) => d.id);

  test.each([
    { label: "every item", filter: {} },
    { label: "hard items only", filter: { difficulty: "hard" as const } },
    { label: "one tag", filter: { tag: "gradients" } },
  ])("$label: deck by deck, in the decks' order", async ({ filter }) => {
    const decks = (await listItemsForReview(filter)).map((i) => i.deck);
    const blocks = decks.filter((d, k) => k === 0 || decks[k - 1] !== d);
    expect(blocks).toEqual(deckOrder.filter((d) => decks.includes(d)));
  });

  test("a new learner starts on the first deck's easy Q&A cards, and meets no exercise before the exercise deck", async () => {
    const items = await listItemsForReview({});
    expect(items[0]).toMatchObject({ deck: deckOrder[0], kind: "qa", difficulty: "easy" });
    const firstExercise = items.findIndex((i) => i.kind === "derivation");
    expect(items.slice(0, firstExercise).every((i) => i.deck !== "derivations")).toBe(true);
    expect(items[firstExercise]!.deck).toBe("derivations");
  });

  test("within a deck, every item comes after the deck's easier Q&As and the Q&As it tests", async () => {
    const items = await listItemsForReview({});
    const at = new Map(items.map((i, k) => [i.id, k]));
    const late: string[] = [];
    for (const item of items) {
      const source = byId.get(item.id)!;
      const tested =
        item.kind === "qa"
          ? []
          : items.filter(
              (q) =>
                q.kind === "qa" &&
                q.deck === item.deck &&
                (source.related.includes(q.id) || byId.get(q.id)!.related.includes(item.id)),
            );
      const easier = items.filter(
        (q) => q.kind === "qa" && q.deck === item.deck && rank(q.difficulty) < rank(item.difficulty),
      );
      for (const q of [...tested, ...easier])
        if (at.get(q.id)! > at.get(item.id)!) late.push(`${item.id} before ${q.id}`);
    }
    expect(late).toEqual([]);
  });

  test("an MCQ comes after the Q&A it tests even when the Q&A is harder: mcq-bias-gradient-batch", async () => {
    const ids = (await listItemsForReview({})).map((i) => i.id);
    expect(ids.indexOf("mcq-bias-gradient-batch")).toBeGreaterThan(ids.indexOf("bp-linear-layer-gradients"));
    expect(ids.indexOf("mcq-bias-gradient-batch")).toBeGreaterThan(ids.indexOf("bp-batch-mean-gradients"));
  });
});

describe("introductionOrder", () => {
  const kinds = ["qa", "mcq", "derivation"] as const;
  const arbItems = fc
    .array(
      fc.record({
        deck: fc.constantFrom("a", "b", "c"),
        kind: fc.constantFrom(...kinds),
        difficulty: fc.constantFrom(...DIFFICULTIES),
        title: fc.constantFrom("Alpha", "Beta", "Gamma"),
        links: fc.array(fc.nat(30), { maxLength: 3 }),
      }),
      { maxLength: 30 },
    )
    .map((rows) =>
      rows.map((r, k) => ({
        id: `item-${k}`,
        deck: r.deck,
        kind: r.kind,
        difficulty: r.difficulty,
        title: r.title,
        related: r.links.filter((l) => l < rows.length && l !== k).map((l) => `item-${l}`),
      })),
    );
  const decks = ["c", "a", "b"];

  test("property: a permutation, deck by deck, each test after the Q&As it tests, Q&As easy to hard", () => {
    fc.assert(
      fc.property(arbItems, (items) => {
        const out = introductionOrder(items, decks);
        expect([...out].map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
        const blocks = out.map((i) => i.deck).filter((d, k, all) => k === 0 || all[k - 1] !== d);
        expect(blocks).toEqual(decks.filter((d) => items.some((i) => i.deck === d)));
        const at = new Map(out.map((i, k) => [i.id, k]));
        for (const t of out.filter((i) => i.kind !== "qa")) {
          for (const q of out.filter((i) => i.kind === "qa" && i.deck === t.deck)) {
            if (t.related.includes(q.id) || q.related.includes(t.id)) expect(at.get(q.id)!).toBeLessThan(at.get(t.id)!);
            if (rank(q.difficulty) < rank(t.difficulty)) expect(at.get(q.id)!).toBeLessThan(at.get(t.id)!);
          }
        }
        for (const d of decks) {
          const qas = out.filter((i) => i.deck === d && i.kind === "qa").map((i) => rank(i.difficulty));
          expect(qas).toEqual([...qas].sort((x, y) => x - y));
        }
        // The same items in another order give the same introduction order.
        expect(introductionOrder([...items].reverse(), decks)).toEqual(out);
      }),
    );
  });

  test.each([
    {
      label: "an easy MCQ waits for the medium Q&A it tests",
      items: [
        { id: "q-medium", kind: "qa", difficulty: "medium", related: [] },
        { id: "m-easy", kind: "mcq", difficulty: "easy", related: ["q-medium"] },
        { id: "q-easy", kind: "qa", difficulty: "easy", related: [] },
      ],
      expected: ["q-easy", "q-medium", "m-easy"],
    },
    {
      label: "at one difficulty: Q&A, then MCQ, then exercise",
      items: [
        { id: "x", kind: "derivation", difficulty: "easy", related: [] },
        { id: "m", kind: "mcq", difficulty: "easy", related: [] },
        { id: "q", kind: "qa", difficulty: "easy", related: [] },
      ],
      expected: ["q", "m", "x"],
    },
    {
      label: "a Q&A listing the MCQ that tests it counts too",
      items: [
        { id: "m", kind: "mcq", difficulty: "easy", related: [] },
        { id: "q", kind: "qa", difficulty: "hard", related: ["m"] },
      ],
      expected: ["q", "m"],
    },
  ] as const)("$label", ({ items, expected }) => {
    const full = items.map((i) => ({ ...i, deck: "a", title: i.id, related: [...i.related] }));
    expect(introductionOrder(full, ["a"]).map((i) => i.id)).toEqual(expected);
  });
});
