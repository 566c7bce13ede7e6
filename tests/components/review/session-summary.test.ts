import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { SessionSummary, summarize, type RatedReview } from "@/components/review/session-summary";

const rated = (rating: number, durationMs: number, due: string): RatedReview => ({
  reviewId: `r${rating}${due}`,
  index: 0,
  rating,
  durationMs,
  due,
});

describe("summarize", () => {
  test.each([
    {
      label: "nothing rated",
      ratings: [],
      later: [null],
      expected: { reviewed: 0, right: 0, wrong: 0, minutes: 0, nextDue: null },
    },
    {
      label: "Again counts as wrong, the rest right",
      ratings: [
        rated(1, 60_000, "2026-11-22T12:10:00Z"),
        rated(3, 30_000, "2026-11-25T12:00:00Z"),
        rated(4, 60_000, "2026-12-01T12:00:00Z"),
      ],
      later: [null],
      expected: { reviewed: 3, right: 2, wrong: 1, minutes: 3, nextDue: "2026-11-22T12:10:00Z" },
    },
    {
      label: "a due from before the visit (or a burial) earlier than the visit's",
      ratings: [rated(3, 1000, "2026-11-25T12:00:00Z")],
      later: ["2026-11-23T04:00:00Z", null],
      expected: { reviewed: 1, right: 1, wrong: 0, minutes: 0, nextDue: "2026-11-23T04:00:00Z" },
    },
  ])("$label", ({ ratings, later, expected }) => {
    expect(summarize(ratings, later)).toEqual(expected);
  });
});

describe("the session summary", () => {
  test.each([
    { label: "nothing was due", empty: true, ratings: [], says: ["Nothing is due right now."], not: ["right,"] },
    {
      label: "a visit done",
      empty: false,
      ratings: [rated(1, 1000, "2026-11-22T12:10:00Z"), rated(3, 1000, "2026-11-25T12:00:00Z")],
      says: ["Session done: 2 reviewed.", "1 right, 1 wrong (Again) · under a minute", "Next card due "],
      not: ["Nothing is due"],
    },
  ])("$label", ({ empty, ratings, says, not }) => {
    const html = renderToStaticMarkup(
      createElement(SessionSummary, { summary: summarize(ratings, [null]), empty, cram: false }),
    );
    expect(html).toContain('role="status"');
    for (const text of says) expect(html).toContain(text);
    for (const text of not) expect(html).not.toContain(text);
  });
});
