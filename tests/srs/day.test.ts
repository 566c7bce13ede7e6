import { describe, expect, test } from "vitest";
import { learnerDate, startOfLearnerDay } from "@/lib/srs/day";

describe("startOfLearnerDay", () => {
  test.each([
    { label: "UTC after the start hour", now: "2026-11-22T10:00:00Z", tz: "UTC", hour: 4, start: "2026-11-22T04:00:00.000Z" },
    { label: "UTC before the start hour belongs to yesterday", now: "2026-11-22T02:00:00Z", tz: "UTC", hour: 4, start: "2026-11-21T04:00:00.000Z" },
    { label: "Paris in winter (UTC+1)", now: "2026-11-22T10:00:00Z", tz: "Europe/Paris", hour: 4, start: "2026-11-22T03:00:00.000Z" },
    { label: "New York in winter (UTC-5), 1 a.m. local", now: "2026-11-22T06:00:00Z", tz: "America/New_York", hour: 4, start: "2026-11-21T09:00:00.000Z" },
    { label: "Kolkata (UTC+5:30)", now: "2026-11-22T00:00:00Z", tz: "Asia/Kolkata", hour: 0, start: "2026-11-21T18:30:00.000Z" },
    { label: "the day DST starts in Paris", now: "2026-03-29T12:00:00Z", tz: "Europe/Paris", hour: 4, start: "2026-03-29T02:00:00.000Z" },
  ])("$label", ({ now, tz, hour, start }) => {
    expect(startOfLearnerDay(new Date(now), tz, hour).toISOString()).toBe(start);
  });
});

describe("learnerDate", () => {
  test.each([
    { label: "late evening stays on its date", at: "2026-11-22T22:30:00Z", tz: "UTC", hour: 4, date: "2026-11-22" },
    { label: "just after midnight counts for the day before", at: "2026-11-23T01:30:00Z", tz: "UTC", hour: 4, date: "2026-11-22" },
    { label: "the zone's own calendar", at: "2026-11-22T23:30:00Z", tz: "Asia/Tokyo", hour: 4, date: "2026-11-23" },
  ])("$label", ({ at, tz, hour, date }) => {
    expect(learnerDate(new Date(at), tz, hour)).toBe(date);
  });
});
