import { describe, expect, test } from "vitest";
import { countDueToday } from "@/lib/srs/due-today";

const now = new Date("2026-11-22T12:00:00Z");
const dayEnd = new Date("2026-11-23T04:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const card = (dueIn: number, extra: { buriedFor?: number; suspended?: boolean } = {}) => ({
  due: at(dueIn),
  buriedUntil: extra.buriedFor === undefined ? null : at(extra.buriedFor),
  suspended: extra.suspended ?? false,
});

describe("due today: everything falling due before the learner's day ends", () => {
  test.each([
    { label: "overdue", cards: [card(-3 * 24 * 60)], expected: { total: 1, laterToday: 0 } },
    { label: "due this instant", cards: [card(0)], expected: { total: 1, laterToday: 0 } },
    { label: "a learning step in 30 minutes", cards: [card(30)], expected: { total: 1, laterToday: 1 } },
    { label: "due the instant the next day starts", cards: [card(16 * 60)], expected: { total: 0, laterToday: 0 } },
    { label: "due tomorrow", cards: [card(24 * 60)], expected: { total: 0, laterToday: 0 } },
    { label: "suspended", cards: [card(-60, { suspended: true })], expected: { total: 0, laterToday: 0 } },
    {
      label: "buried until tomorrow",
      cards: [card(-60, { buriedFor: 16 * 60 })],
      expected: { total: 0, laterToday: 0 },
    },
    { label: "buried for an hour", cards: [card(-60, { buriedFor: 60 })], expected: { total: 1, laterToday: 1 } },
  ])("$label", ({ cards, expected }) => {
    expect(countDueToday(cards, now, dayEnd)).toEqual(expected);
  });
});
