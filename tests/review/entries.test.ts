import path from "node:path";
import { describe, expect, test } from "vitest";
import { choiceSeed } from "@/lib/content/choice-order";
import { loadContent } from "@/lib/content/load";
import { reviewEntry } from "@/components/review/entries";

// A review showed every MCQ's choices in file order, where the right answer is always first: pressing 1 on every
// MCQ was right and proposed "Easy". The session item's seed (per learner and per review) now orders them.
const library = await loadContent(path.resolve(import.meta.dirname, "../../content"));
const mcqs = library.items.flatMap((i) => (i.kind === "mcq" ? [i] : []));
const now = new Date("2026-11-22T12:00:00Z");
const queued = (itemId: string, choiceSeed: number) => ({ itemId, isNew: true, intervals: [], choiceSeed });

describe("an MCQ in a review session", () => {
  test("over the whole library and many seeds, the right answer lands in each shown position about equally often", async () => {
    const counts: number[] = Array(6).fill(0);
    const expected: number[] = Array(6).fill(0);
    for (const mcq of mcqs) {
      const right = mcq.choices.filter((c) => c.correct).length / mcq.choices.length;
      for (let seed = 0; seed < 120; seed++) {
        // Seeds as getReviewSession makes them: one learner's reviews of this item.
        const entry = await reviewEntry(
          queued(mcq.id, choiceSeed("review", `learner-${seed % 12}`, mcq.id, seed)),
          now,
        );
        entry!.choices!.forEach((c, p) => (counts[p]! += c.correct ? 1 : 0));
        for (let p = 0; p < mcq.choices.length; p++) expected[p]! += right;
      }
    }
    const off = counts.flatMap((c, p) =>
      Math.abs(c - expected[p]!) > 5 * Math.sqrt(expected[p]!) + 1
        ? [`position ${p + 1}: ${c} of ${expected[p]!.toFixed(0)}`]
        : [],
    );
    expect(off).toEqual([]);
  });

  test("the same seed shows the same order (a reload agrees), each choice with its id and its own flag", async () => {
    for (const mcq of mcqs) {
      const a = (await reviewEntry(queued(mcq.id, 42), now))!.choices!;
      const b = (await reviewEntry(queued(mcq.id, 42), now))!.choices!;
      expect(a.map((c) => c.id)).toEqual(b.map((c) => c.id));
      expect([...a.map((c) => c.id)].sort()).toEqual(mcq.choices.map((_, i) => i));
      for (const c of a) expect(c.correct).toBe(mcq.choices[c.id]!.correct);
    }
  });
});
