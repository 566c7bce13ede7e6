import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { MatrixView } from "@/components/calculators/matrix-view";

const heads = (html: string) => [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]!.trim());

// The table headed its first column "feature 0" while the message about that column said "feature 1".
describe("the normalization matrix counts examples and features from 1, as its messages do", () => {
  test.each([
    { label: "statistics per column", axis: 0 as const, features: ["feature 1 ↓", "feature 2 ↓"] },
    { label: "statistics per row", axis: 1 as const, features: ["feature 1", "feature 2"] },
  ])("$label", ({ axis, features }) => {
    const html = renderToStaticMarkup(
      createElement(MatrixView, {
        caption: "x",
        matrix: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        axis,
        name: "x",
      }),
    );
    expect(heads(html)).toEqual([...features, "example 1", "example 2", "example 3"]);
  });
});
