import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { learnerDate, startOfLearnerDay } from "@/lib/srs/day";

describe("startOfLearnerDay", () => {
  test.each([
    {
      label: "UTC after the start hour",
      now: "2026-11-22T10:00:00Z",
      tz: "UTC",
      hour: 4,
      start: "2026-11-22T04:00:00.000Z",
    },
    {
      label: "UTC before the start hour belongs to yesterday",
      now: "2026-11-22T02:00:00Z",
      tz: "UTC",
      hour: 4,
      start: "2026-11-21T04:00:00.000Z",
    },
    {
      label: "Paris in winter (UTC+1)",
      now: "2026-11-22T10:00:00Z",
      tz: "Europe/Paris",
      hour: 4,
      start: "2026-11-22T03:00:00.000Z",
    },
    {
      label: "New York in winter (UTC-5), 1 a.m. local",
      now: "2026-11-22T06:00:00Z",
      tz: "America/New_York",
      hour: 4,
      start: "2026-11-21T09:00:00.000Z",
    },
    {
      label: "Kolkata (UTC+5:30)",
      now: "2026-11-22T00:00:00Z",
      tz: "Asia/Kolkata",
      hour: 0,
      start: "2026-11-21T18:30:00.000Z",
    },
    {
      label: "the day DST starts in Paris",
      now: "2026-03-29T12:00:00Z",
      tz: "Europe/Paris",
      hour: 4,
      start: "2026-03-29T02:00:00.000Z",
    },
  ])("$label", ({ now, tz, hour, start }) => {
    expect(startOfLearnerDay(new Date(now), tz, hour).toISOString()).toBe(start);
  });
});

describe("learnerDate", () => {
  test.each([
    { label: "late evening stays on its date", at: "2026-11-22T22:30:00Z", tz: "UTC", hour: 4, date: "2026-11-22" },
    {
      label: "just after midnight counts for the day before",
      at: "2026-11-23T01:30:00Z",
      tz: "UTC",
      hour: 4,
      date: "2026-11-22",
    },
    { label: "the zone's own calendar", at: "2026-11-22T23:30:00Z", tz: "Asia/Tokyo", hour: 4, date: "2026-11-23" },
    // A day starting at noon is named after the date it starts on, like any other (not the next one).
    { label: "a noon start, in the afternoon", at: "2026-11-22T15:00:00Z", tz: "UTC", hour: 12, date: "2026-11-22" },
    { label: "a noon start, before noon", at: "2026-11-23T09:00:00Z", tz: "UTC", hour: 12, date: "2026-11-22" },
    // Santiago's clocks go back from 0:00 to 23:00 on 2026-04-05: the day from noon on the 4th lasts 25 hours.
    {
      label: "a noon start on the night the clocks go back",
      at: "2026-04-05T03:00:00Z",
      tz: "America/Santiago",
      hour: 12,
      date: "2026-04-04",
    },
    {
      label: "a noon start the day after",
      at: "2026-04-05T17:00:00Z",
      tz: "America/Santiago",
      hour: 12,
      date: "2026-04-05",
    },
  ])("$label", ({ at, tz, hour, date }) => {
    expect(learnerDate(new Date(at), tz, hour)).toBe(date);
  });
});

// Clock changes of 2026 at various local hours, and a fixed zone: instants are drawn within two days of one, where
// a learner day lasts 23, 23.5, 24.5 or 25 hours and a start hour may be skipped or repeated.
const CHANGES = [
  { tz: "America/New_York", at: "2026-03-08T07:00:00Z" }, // 2:00 EST -> 3:00 EDT
  { tz: "America/New_York", at: "2026-11-01T06:00:00Z" }, // 2:00 EDT -> 1:00 EST
  { tz: "Europe/Paris", at: "2026-03-29T01:00:00Z" }, // 2:00 -> 3:00
  { tz: "Europe/Paris", at: "2026-10-25T01:00:00Z" }, // 3:00 -> 2:00
  { tz: "Australia/Sydney", at: "2026-10-03T16:00:00Z" }, // 2:00 -> 3:00
  { tz: "Australia/Lord_Howe", at: "2026-10-03T15:30:00Z" }, // 2:00 -> 2:30
  { tz: "America/Santiago", at: "2026-09-06T04:00:00Z" }, // 0:00 -> 1:00
  { tz: "America/Santiago", at: "2026-04-05T03:00:00Z" }, // 0:00 -> 23:00
  { tz: "Asia/Kolkata", at: "2026-06-01T00:00:00Z" }, // none
];

describe("startOfLearnerDay, for any instant near a clock change and any start hour", () => {
  const cases = fc.record({
    change: fc.constantFrom(...CHANGES),
    minutes: fc.integer({ min: -48 * 60, max: 48 * 60 }),
    hour: fc.integer({ min: 0, max: 23 }),
  });
  const instant = (c: { change: { at: string }; minutes: number }) => Date.parse(c.change.at) + c.minutes * 60_000;

  test("the day began at or before the instant, at most 25 hours before, and the next one begins after it", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const at = instant(c);
        const start = startOfLearnerDay(new Date(at), c.change.tz, c.hour).getTime();
        expect(start).toBeLessThanOrEqual(at);
        expect(at - start).toBeLessThanOrEqual(25 * 3_600_000);
        expect(startOfLearnerDay(new Date(start + 30 * 3_600_000), c.change.tz, c.hour).getTime()).toBeGreaterThan(at);
      }),
      { numRuns: 3000 },
    );
  });

  test("a day's start is itself in that day (so counting by day starts agrees with asking for the day)", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const start = startOfLearnerDay(new Date(instant(c)), c.change.tz, c.hour);
        expect(startOfLearnerDay(start, c.change.tz, c.hour).toISOString()).toBe(start.toISOString());
      }),
      { numRuns: 3000 },
    );
  });

  test("consecutive learner days have consecutive dates, and an instant has its day's date (heatmap and streak)", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const at = new Date(instant(c));
        const start = startOfLearnerDay(at, c.change.tz, c.hour);
        const next = startOfLearnerDay(new Date(start.getTime() + 30 * 3_600_000), c.change.tz, c.hour);
        const date = learnerDate(start, c.change.tz, c.hour);
        expect(learnerDate(at, c.change.tz, c.hour)).toBe(date);
        expect(Date.parse(learnerDate(next, c.change.tz, c.hour)) - Date.parse(date)).toBe(86_400_000);
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    // 2:00 does not exist on 2026-03-08 in New York (1:59 EST is followed by 3:00 EDT at 07:00Z).
    {
      label: "New York, a 2:00 start on the night 2:00 is skipped",
      now: "2026-03-08T12:00:00Z",
      tz: "America/New_York",
      hour: 2,
      start: "2026-03-08T07:00:00.000Z",
    },
    {
      label: "New York, 1:30 EST on that night is still the day before",
      now: "2026-03-08T06:30:00Z",
      tz: "America/New_York",
      hour: 2,
      start: "2026-03-07T07:00:00.000Z",
    },
    // 2:00 happens twice on 2026-11-01 in New York: the day starts at the first.
    {
      label: "New York, a 1:00 start on the night 1:00 repeats",
      now: "2026-11-01T12:00:00Z",
      tz: "America/New_York",
      hour: 1,
      start: "2026-11-01T05:00:00.000Z",
    },
  ])("$label", ({ now, tz, hour, start }) => {
    expect(startOfLearnerDay(new Date(now), tz, hour).toISOString()).toBe(start);
  });
});
