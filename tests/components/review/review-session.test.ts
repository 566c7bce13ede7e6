import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ReviewSession } from "@/components/review/review-session";
import type { ReviewEntry } from "@/components/review/types";

const intervals = [1, 2, 3, 4].map((rating) => ({ rating, label: `${rating}d` }));
const card = (itemId: string, isNew: boolean): ReviewEntry => ({
  itemId,
  kind: "qa",
  title: `Title of ${itemId}`,
  difficulty: "easy",
  isNew,
  intervals,
  front: createElement("p", null, `Front of ${itemId}`),
  back: createElement("p", null, `Back of ${itemId}`),
});
const render = (entries: ReviewEntry[], cram = false) =>
  renderToStaticMarkup(
    createElement(ReviewSession, {
      entries,
      cram,
      heading: createElement("h1", null, "Review"),
      filters: createElement("form", null),
      queue: { due: 1, laterToday: 0, fresh: 2, newToday: 0, newPerDay: 20 },
    }),
  );

// The session's first render (what the server sends): the state and actions moved into useReviewSession, and this
// pins that the view still starts on the first item with nothing revealed.
describe("review session, first render", () => {
  test("starts on the first item: its kind and title, how many are left, progress at 0, the answer hidden", () => {
    const html = render([card("a", false), card("b", true), card("c", true)]);
    expect(html).toContain("Due · Title of a");
    expect(html).toContain("3 left");
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuemax="3"[^>]*aria-valuenow="0"/);
    expect(html).toContain("Front of a");
    expect(html).not.toContain("Back of a");
    expect(html).toContain("Show answer");
    expect(html).not.toContain("Rate how well you knew it");
  });

  test.each([
    { label: "review", cram: false, says: [], not: ["nothing is saved"] },
    { label: "cram", cram: true, says: ["Cram mode: nothing is saved."], not: [] },
  ])("$label: the help says what this mode does", ({ cram, says, not }) => {
    const html = render([card("a", true)], cram);
    for (const text of says) expect(html).toContain(text);
    for (const text of not) expect(html).not.toContain(text);
  });

  test("the key help and key badges are marked as hints, which touch-only screens hide; the cram note is not", () => {
    const html = render([card("a", true)], true);
    expect(html).toContain(
      '<span data-key-hint="true">Keys: Space reveals · 1–4 rate · Ctrl/⌘+Z undoes the last rating.',
    );
    expect(html).toMatch(/<kbd data-key-hint="true"[^>]*>Space<\/kbd>/);
    expect(html).toMatch(/<\/span>Cram mode: nothing is saved\.<\/p>/);
  });

  test("an empty queue says nothing is due", () => {
    expect(render([])).toContain("Nothing is due right now.");
  });
});

// New items used to come alphabetically across every deck, and nothing said so; the session now introduces them deck
// by deck and the page says in one sentence which order that is.
describe("the review page says the order new items come in", () => {
  const ORDER =
    /come deck by deck, in the order of the deck list; within a deck easy before hard, and each Q&amp;A before the MCQs and exercises that test it\./;
  test.each([
    { label: "a visit with new items", entries: [card("a", false), card("b", true)], cram: false, says: "New cards" },
    { label: "cram, where every item comes in that order", entries: [card("a", false)], cram: true, says: "Cards" },
  ])("$label: said", ({ entries, cram, says }) => {
    const html = render(entries, cram);
    expect(html).toMatch(ORDER);
    expect(html).toContain(`>${says} come deck by deck`);
  });

  test.each([
    { label: "only due items", entries: [card("a", false)] },
    { label: "nothing to review", entries: [] },
  ])("$label: not said", ({ entries }) => {
    expect(render(entries)).not.toMatch(ORDER);
  });
});
