import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { QueueSummary, remainingQueue, type QueueCounts } from "@/components/review/queue-summary";
import { ReviewSession } from "@/components/review/review-session";
import type { ReviewEntry } from "@/components/review/types";

const entry = (itemId: string, isNew: boolean): ReviewEntry => ({
  itemId,
  kind: "qa",
  title: itemId,
  difficulty: "easy",
  isNew,
  intervals: [],
  front: null,
});
// Due items come first in a queue, then new ones.
const entries = [entry("d1", false), entry("d2", false), entry("n1", true), entry("n2", true)];
const queue: QueueCounts = { due: 2, laterToday: 0, fresh: 2, newToday: 3, newPerDay: 20 };

// The header's "2 due and 2 new" was computed when the visit started and stayed put while the learner rated; it is
// now derived from how many items of the visit have been rated, which an undo steps back.
describe("the review header's counts follow the ratings", () => {
  test.each([
    { label: "nothing rated yet", rated: 0, cram: false, expected: { due: 2, fresh: 2, newToday: 3 } },
    { label: "one due item rated", rated: 1, cram: false, expected: { due: 1, fresh: 2, newToday: 3 } },
    { label: "both due and one new rated", rated: 3, cram: false, expected: { due: 0, fresh: 1, newToday: 4 } },
    { label: "everything rated", rated: 4, cram: false, expected: { due: 0, fresh: 0, newToday: 5 } },
    {
      label: "cram: new items rated count against no limit",
      rated: 4,
      cram: true,
      expected: { due: 0, fresh: 0, newToday: 3 },
    },
  ])("$label", ({ rated, cram, expected }) => {
    expect(remainingQueue(queue, entries, rated, cram)).toEqual({ ...expected, laterToday: 0, newPerDay: 20 });
  });

  test("a queue larger than the visit counts down from the whole queue and still says what the visit takes", () => {
    const big: QueueCounts = { due: 150, laterToday: 0, fresh: 10, newToday: 0, newPerDay: 10 };
    const html = renderToStaticMarkup(createElement(QueueSummary, { queue: big, entries, rated: 2, cram: false }));
    expect(html).toContain(
      "148 due today and 10 new (0 new already started today, limit 10). This visit takes the first 4.",
    );
  });

  test.each([
    { label: "at the start", rated: 0, text: "2 due today and 2 new (3 new already started today, limit 20)." },
    { label: "after three ratings", rated: 3, text: "0 due today and 1 new (4 new already started today, limit 20)." },
  ])("the visible sentence $label", ({ rated, text }) => {
    const html = renderToStaticMarkup(createElement(QueueSummary, { queue, entries, rated, cram: false }));
    expect(html).toContain(`>${text}</p>`);
  });

  test("the session renders the counts in the page header, between the heading and the filters", () => {
    const html = renderToStaticMarkup(
      createElement(ReviewSession, {
        entries,
        cram: false,
        heading: createElement("h1", null, "Review"),
        filters: createElement("form", { "aria-label": "Filters" }),
        queue,
      }),
    );
    expect(html).toMatch(
      /^<header[^>]*><h1>Review<\/h1><p[^>]*>2 due today and 2 new \(3 new already started today, limit 20\)\.<\/p><p[^>]*>Due today counts[^<]*<\/p><\/header><form aria-label="Filters"><\/form>/,
    );
  });

  test("an empty visit says so instead of counting", () => {
    const html = renderToStaticMarkup(createElement(QueueSummary, { queue, entries: [], rated: 0, cram: false }));
    expect(html).toContain("Nothing to review now with these filters.");
  });
});

// "Due today" is /progress's count (lib/srs/due-today): what is due now plus what falls due later today, said apart.
describe("the header counts today's later items as due today, as /progress does", () => {
  const later: QueueCounts = { ...queue, laterToday: 3 };
  test.each([
    {
      label: "with items on hand",
      list: entries,
      rated: 1,
      text: "4 due today (3 of them later today) and 2 new (3 new already started today, limit 20).",
    },
    {
      label: "with none due now",
      list: [],
      rated: 0,
      text: "Nothing to review now with these filters. 3 more due later today.",
    },
  ])("$label", ({ list, rated, text }) => {
    const html = renderToStaticMarkup(createElement(QueueSummary, { queue: later, entries: list, rated, cram: false }));
    expect(html).toContain(`>${text}</p>`);
    expect(html).toContain("Due today counts every card falling due before your day ends");
  });

  test("cram says no rule: it schedules nothing", () => {
    const html = renderToStaticMarkup(createElement(QueueSummary, { queue, entries, rated: 0, cram: true }));
    expect(html).not.toContain("Due today counts");
  });
});

// A buried or suspended item leaves the visit's entries; it is neither due nor new today any more.
describe("the header's counts leave out items set aside", () => {
  test.each([
    {
      label: "a due item buried",
      left: [entries[1]!, entries[2]!, entries[3]!],
      aside: [entries[0]!],
      due: 1,
      fresh: 2,
    },
    {
      label: "a new item suspended",
      left: [entries[0]!, entries[1]!, entries[3]!],
      aside: [entries[2]!],
      due: 2,
      fresh: 1,
    },
  ])("$label", ({ left, aside, due, fresh }) => {
    expect(remainingQueue(queue, left, 0, false, aside)).toEqual({
      due,
      laterToday: 0,
      fresh,
      newToday: 3,
      newPerDay: 20,
    });
  });
});
