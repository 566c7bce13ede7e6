import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { buttonClass } from "@/components/ui/button";
import { ReviewFilters } from "@/components/review/review-filters";

// The tour found "Start session" black (white in dark mode) beside the app's brand-blue primary buttons; the colours
// themselves are the Button primitive's test's to check.
describe("the review filters' Start session button", () => {
  test("is the app's primary button, at the compact size of the selects beside it", () => {
    const html = renderToStaticMarkup(
      createElement(ReviewFilters, { filter: { cram: false }, decks: [{ id: "d", title: "Deck" }], tags: ["t"] }),
    );
    expect(html).toContain(`<button type="submit" class="${buttonClass({ variant: "primary", size: "sm" })}">`);
    expect(html).toContain(">Start session</button>");
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
