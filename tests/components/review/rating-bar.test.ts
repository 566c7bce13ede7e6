import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { RatingBar } from "@/components/review/rating-bar";

const intervals = [1, 2, 3, 4].map((rating) => ({ rating, label: `${rating}d` }));

// The proposal was only a grey ring, which a phone screen in sunlight (and any screen reader) lost.
describe("the rating bar's proposal", () => {
  test.each([
    { label: "no proposal", proposed: undefined, suggested: 0 },
    { label: "Good proposed", proposed: 3, suggested: 1 },
  ])("$label: 'Suggested' is written $suggested times", ({ proposed, suggested }) => {
    const html = renderToStaticMarkup(
      createElement(RatingBar, { intervals, proposed, disabled: false, onRate: () => {} }),
    );
    expect(html.match(/>Suggested</g)?.length ?? 0).toBe(suggested);
    if (proposed) expect(html).toMatch(/Good<\/span><span[^>]*>Suggested<\/span>/);
  });
});
