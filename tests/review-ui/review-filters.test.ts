import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ReviewFilters } from "@/components/review/review-filters";

/** The class list of the form's submit button. */
const submitClasses = (html: string) => (/<button type="submit" class="([^"]*)"/.exec(html)?.[1] ?? "").split(/\s+/);

// The tour found "Start session" black (white in dark mode) beside the app's brand-blue primary buttons.
describe("the review filters' Start session button", () => {
  test("uses the app's primary button colours", () => {
    const html = renderToStaticMarkup(
      createElement(ReviewFilters, { filter: { cram: false }, decks: [{ id: "d", title: "Deck" }], tags: ["t"] }),
    );
    expect(html).toContain(">Start session</button>");
    const classes = submitClasses(html);
    expect(classes).toEqual(expect.arrayContaining(["bg-brand-600", "hover:bg-brand-700", "text-white"]));
    expect(classes.filter((c) => /^(dark:)?bg-(zinc|white)/.test(c))).toEqual([]);
  });

  test.each([
    { label: "no session on screen", sessionOnScreen: false, says: ">Start session</button>" },
    { label: "a session on screen", sessionOnScreen: true, says: ">Apply filters</button>" },
  ])("$label: the button says $says", ({ sessionOnScreen, says }) => {
    const html = renderToStaticMarkup(
      createElement(ReviewFilters, { filter: { cram: false }, decks: [], tags: [], sessionOnScreen }),
    );
    expect(html).toContain(says);
  });
});
