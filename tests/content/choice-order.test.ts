import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { choiceOrder, choiceSeed, orderChoices, pickAt, picksRight } from "@/lib/content/choice-order";
import { loadContent } from "@/lib/content/load";

// Every MCQ in the library lists its right answer first, and nothing shuffled them: pressing 1 on every MCQ of a
// review was right, and proposed "Easy". Choices are now shown in an order drawn from a seed.
const library = await loadContent(path.resolve(import.meta.dirname, "../../content"));
const mcqs = library.items.flatMap((i) => (i.kind === "mcq" ? [i] : []));

/** Where each correct choice lands, per shown position, over the given seeds; and how often it is expected there. */
function tally(seeds: (mcq: (typeof mcqs)[number]) => number[]) {
  const counts: number[] = Array(6).fill(0);
  const expected: number[] = Array(6).fill(0);
  const variance: number[] = Array(6).fill(0);
  for (const mcq of mcqs) {
    const k = mcq.choices.length;
    const right = mcq.choices.filter((c) => c.correct).length;
    for (const seed of seeds(mcq)) {
      orderChoices(mcq.choices, seed).forEach((c, position) => {
        if (c.correct) counts[position]! += 1;
      });
      for (let p = 0; p < k; p++) {
        expected[p]! += right / k;
        variance[p]! += (right / k) * (1 - right / k);
      }
    }
  }
  return { counts, expected, variance };
}

/** Every position within 5 standard deviations of its expected count: a favoured position is far outside that. */
function noPositionFavoured({ counts, expected, variance }: ReturnType<typeof tally>) {
  const off = counts.flatMap((c, p) =>
    Math.abs(c - expected[p]!) > 5 * Math.sqrt(variance[p]!) + 1
      ? [`position ${p + 1}: ${c}, expected ${expected[p]!.toFixed(1)}`]
      : [],
  );
  expect(off).toEqual([]);
}

describe("the shown order of every MCQ in the library", () => {
  test("the library is what this is about: every MCQ lists a right answer first", () => {
    expect(mcqs.length).toBeGreaterThanOrEqual(50);
    expect(mcqs.every((m) => m.choices[0]!.correct)).toBe(true);
  });

  test("over many seeds, each MCQ's right answer lands in each position about equally often", () => {
    const seeds = Array.from({ length: 500 }, (_, s) => s);
    for (const mcq of mcqs) {
      const counts: number[] = Array(mcq.choices.length).fill(0);
      for (const seed of seeds)
        orderChoices(mcq.choices, choiceSeed("card", `learner-${seed}`, mcq.id)).forEach((c, p) => {
          if (c.id === 0) counts[p]! += 1;
        });
      const e = seeds.length / mcq.choices.length;
      const sd = Math.sqrt(e * (1 - 1 / mcq.choices.length));
      expect({ id: mcq.id, worst: Math.max(...counts.map((c) => Math.abs(c - e))) <= 5 * sd }).toEqual({
        id: mcq.id,
        worst: true,
      });
    }
  });

  test("over the whole library for one learner, no position is favoured; over many learners neither", () => {
    for (let learner = 0; learner < 20; learner++) {
      noPositionFavoured(tally((mcq) => [choiceSeed("card", `learner-${learner}`, mcq.id)]));
    }
    noPositionFavoured(
      tally((mcq) => Array.from({ length: 200 }, (_, l) => choiceSeed("card", `learner-${l}`, mcq.id))),
    );
  });

  test("pressing 1 on every MCQ is right about as often as guessing, not every time", () => {
    const guess = mcqs.reduce((s, m) => s + m.choices.filter((c) => c.correct).length / m.choices.length, 0);
    for (let learner = 0; learner < 20; learner++) {
      const right = mcqs.filter(
        (m) => orderChoices(m.choices, choiceSeed("review", `learner-${learner}`, m.id, 0))[0]!.correct,
      ).length;
      expect(right).toBeLessThan(guess + 4 * Math.sqrt(guess));
    }
  });
});

describe("choiceOrder", () => {
  test("property: a permutation of the ids, the same for the same seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer(), (count, seed) => {
        const order = choiceOrder(count, seed);
        expect([...order].sort()).toEqual(Array.from({ length: count }, (_, i) => i));
        expect(choiceOrder(count, seed)).toEqual(order);
      }),
    );
  });

  test("property: every choice keeps its own text and id wherever it is shown", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 2, maxLength: 6 }), fc.nat(), (texts, seed) => {
        for (const c of orderChoices(
          texts.map((text) => ({ text })),
          seed,
        ))
          expect(c.text).toBe(texts[c.id]);
      }),
    );
  });

  test.each([
    { label: "another learner", a: ["review", "alice", "mcq-x", 0], b: ["review", "bob", "mcq-x", 0] },
    { label: "another review", a: ["review", "alice", "mcq-x", 0], b: ["review", "alice", "mcq-x", 1] },
    { label: "parts split elsewhere", a: ["ab", "c"], b: ["a", "bc"] },
  ])("the seed changes with $label", ({ a, b }) => {
    expect(choiceSeed(...a)).not.toBe(choiceSeed(...b));
  });
});

describe("picking by shown position", () => {
  const shown = [
    { id: 2, correct: false },
    { id: 0, correct: true },
    { id: 1, correct: false },
  ];
  test.each([
    { label: "key 1 picks the first choice shown", picked: [], position: 0, multiple: false, after: [2] },
    { label: "key 2 replaces a single pick", picked: [2], position: 1, multiple: false, after: [0] },
    { label: "select-all toggles in", picked: [2], position: 1, multiple: true, after: [2, 0] },
    { label: "select-all toggles out", picked: [2, 0], position: 0, multiple: true, after: [0] },
    { label: "a key past the last choice does nothing", picked: [1], position: 5, multiple: false, after: [1] },
  ])("$label", ({ picked, position, multiple, after }) => {
    expect(pickAt(shown, picked, position, multiple)).toEqual(after);
  });

  test.each([
    { label: "the right choice's id", picked: [0], right: true },
    { label: "the first choice shown", picked: [2], right: false },
    { label: "nothing", picked: [], right: false },
  ])("graded by id: $label", ({ picked, right }) => {
    expect(picksRight(shown, picked)).toBe(right);
  });
});
