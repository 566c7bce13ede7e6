import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { countPerDay } from "@/lib/review/progress";
import { startOfLearnerDay } from "@/lib/srs/day";
import { quarterOf } from "@/lib/srs/quarter";

const HOUR = 3_600_000;

/** `days` learner-day starts ending with the day of `now`, oldest first, as /progress builds them. */
function dayStarts(now: Date, zone: string, hour: number, days: number): number[] {
  const starts = [startOfLearnerDay(now, zone, hour).getTime()];
  while (starts.length < days)
    starts.unshift(startOfLearnerDay(new Date(starts[0]! - 12 * HOUR), zone, hour).getTime());
  return starts;
}

/** What the database's grouping returns: one row per quarter hour that has reviews, ascending. */
function grouped(times: readonly number[]) {
  const counts = new Map<number, number>();
  for (const t of times) counts.set(quarterOf(new Date(t)), (counts.get(quarterOf(new Date(t))) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([reviewQuarter, reviews]) => ({ reviewQuarter, reviews }));
}

describe("countPerDay", () => {
  // Zones whose offsets are whole, half and three-quarter hours, two of them with clock changes (Lord Howe's is
  // half an hour).
  test.each([
    { label: "UTC", zone: "UTC" },
    { label: "New York (clock changes)", zone: "America/New_York" },
    { label: "Kathmandu (+5:45)", zone: "Asia/Kathmandu" },
    { label: "Lord Howe (half-hour clock change)", zone: "Australia/Lord_Howe" },
    { label: "Chatham (+12:45, clock changes)", zone: "Pacific/Chatham" },
  ])("$label: each review is counted on the learner day it falls in", ({ zone }) => {
    const now = new Date("2026-11-20T10:00:00Z");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.array(fc.integer({ min: now.getTime() - 400 * 24 * HOUR, max: now.getTime() }), { maxLength: 300 }),
        (hour, times) => {
          const starts = dayStarts(now, zone, hour, 365);
          const expected = starts.map(
            (start, i) => times.filter((t) => t >= start && (i + 1 === starts.length || t < starts[i + 1]!)).length,
          );
          expect(countPerDay(grouped(times), starts)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("reviews before the first day are left out, and an empty history counts nothing", () => {
    const starts = [0, 10 * 900_000, 20 * 900_000];
    expect(countPerDay([], starts)).toEqual([0, 0, 0]);
    expect(countPerDay(grouped([-900_000, 5 * 900_000, 25 * 900_000, 25 * 900_000]), starts)).toEqual([1, 0, 2]);
  });
});
