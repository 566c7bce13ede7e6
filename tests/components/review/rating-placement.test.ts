import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { SessionItem } from "@/components/review/review-session";
import type { ReviewEntry } from "@/components/review/types";
import type { useReviewSession } from "@/components/review/use-review-session";

const intervals = [1, 2, 3, 4].map((rating) => ({ rating, label: `${rating}d` }));
const entry = (kind: ReviewEntry["kind"]): ReviewEntry => ({
  itemId: `an-${kind}`,
  kind,
  title: `A ${kind}`,
  difficulty: "easy",
  isNew: false,
  intervals,
  front: createElement("p", null, "The front"),
  back: createElement("p", null, "The explanation"),
});
const noop = () => {};
/** The session as it stands once the current item is revealed (or, for an exercise, checked). */
const revealed = (current: ReviewEntry): ReturnType<typeof useReviewSession> => ({
  entries: [current],
  entry: current,
  canUndo: false,
  summary: { reviewed: 0, right: 0, wrong: 0, minutes: 0, nextDue: null },
  skip: noop,
  setAside: async () => {},
  index: 0,
  revealed: true,
  picked: [],
  proposed: undefined,
  busy: false,
  message: null,
  reveal: noop,
  pick: noop,
  checked: noop,
  rate: async () => {},
  undo: async () => {},
});

/** Whether the rating bar comes before the item's back in the page. */
const ratingFirst = (kind: ReviewEntry["kind"]) => {
  const current = entry(kind);
  const html = renderToStaticMarkup(
    createElement(SessionItem, { session: revealed(current), entries: [current], cram: false }),
  );
  const rating = html.indexOf("Rate how well you knew it");
  const back = html.indexOf("The explanation");
  expect(rating).toBeGreaterThan(-1);
  expect(back).toBeGreaterThan(-1);
  return rating < back;
};

// A checked exercise's rating bar sat below its explanation (and the worked solution), so a mouse user scrolled to
// rate; the result judges an exercise, so its rating now comes first. A Q&A or MCQ back is what the learner rates
// against, so it stays above the bar.
describe("where the rating bar sits once an item is revealed", () => {
  test.each([
    { label: "exercise: rating right after the check, explanation below", kind: "derivation", first: true },
    { label: "Q&A: the answer, then the rating", kind: "qa", first: false },
    { label: "MCQ: the explanation, then the rating", kind: "mcq", first: false },
  ] satisfies { label: string; kind: ReviewEntry["kind"]; first: boolean }[])("$label", ({ kind, first }) => {
    expect(ratingFirst(kind)).toBe(first);
  });
});
