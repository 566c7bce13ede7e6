import fc from "fast-check";
import { fsrs, createEmptyCard } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import {
  applyRating,
  formatInterval,
  GRADES,
  newCardState,
  previewRatings,
  Rating,
  rollbackRating,
  type Grade,
} from "@/lib/srs/scheduler";

const settings = { desiredRetention: 0.9 };
const t0 = new Date("2026-11-01T09:00:00Z");

describe("scheduler", () => {
  test("matches ts-fsrs itself, rating after rating", () => {
    const reference = fsrs({ request_retention: 0.9, enable_fuzz: false });
    let theirs = createEmptyCard(t0);
    let ours = newCardState(t0);
    let now = t0;
    for (const grade of [Rating.Good, Rating.Good, Rating.Again, Rating.Hard, Rating.Easy] as Grade[]) {
      theirs = reference.next(theirs, now, grade).card;
      ours = applyRating(ours, grade, now, settings).card;
      expect(ours.due.getTime()).toBe(theirs.due.getTime());
      expect(ours.stability).toBe(theirs.stability);
      expect(ours.difficulty).toBe(theirs.difficulty);
      expect(ours.reps).toBe(theirs.reps);
      expect(ours.lapses).toBe(theirs.lapses);
      now = ours.due;
    }
  });

  test("the four buttons preview increasing intervals", () => {
    const card = applyRating(newCardState(t0), Rating.Good, t0, settings).card;
    const later = new Date(card.due.getTime() + 60_000);
    const dues = previewRatings(card, later, settings).map((p) => p.due.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(new Set(dues).size).toBe(4);
  });

  test("a higher desired retention schedules a review sooner", () => {
    let card = newCardState(t0);
    for (const g of [Rating.Good, Rating.Good, Rating.Good] as Grade[])
      card = applyRating(card, g, card.due, settings).card;
    const at = (r: number) => applyRating(card, Rating.Good, card.due, { desiredRetention: r }).card.scheduledDays;
    expect(at(0.97)).toBeLessThan(at(0.8));
  });

  // ts-fsrs's rollback restores the memory state; the restored card is due at once (it was just being reviewed).
  test("property: rollback undoes any rating", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...GRADES), { minLength: 1, maxLength: 8 }), (grades) => {
        let card = newCardState(t0);
        let now = t0;
        for (const g of grades.slice(0, -1)) {
          card = applyRating(card, g, now, settings).card;
          now = new Date(card.due.getTime() + 3_600_000);
        }
        const { card: after, log } = applyRating(card, grades.at(-1)!, now, settings);
        const back = rollbackRating(after, log, settings);
        expect(back.due.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(back.stability).toBe(card.stability);
        expect(back.difficulty).toBe(card.difficulty);
        expect(back.reps).toBe(card.reps);
        expect(back.lapses).toBe(card.lapses);
        expect(back.state).toBe(card.state);
      }),
      { numRuns: 100 },
    );
  });

  test.each([
    { label: "seconds round up to a minute", ms: 20_000, text: "1 min" },
    { label: "minutes", ms: 10 * 60_000, text: "10 min" },
    { label: "hours", ms: 5 * 3_600_000, text: "5 h" },
    { label: "days", ms: 3 * 86_400_000, text: "3 d" },
    { label: "months", ms: 75 * 86_400_000, text: "2.5 mo" },
    { label: "years", ms: 730 * 86_400_000, text: "2 y" },
  ])("formats $label", ({ ms, text }) => {
    expect(formatInterval(t0, new Date(t0.getTime() + ms))).toBe(text);
  });
});
