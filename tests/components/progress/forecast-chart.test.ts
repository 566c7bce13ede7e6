import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ForecastChart } from "@/components/progress/forecast-chart";

/** The numbers printed on the bars (aria-hidden texts), in order. */
const barCounts = (html: string) =>
  [...html.matchAll(/<text[^>]*aria-hidden="true"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));

describe("forecast chart", () => {
  test.each([
    { label: "a first day's learning steps", forecast: [5, ...Array<number>(29).fill(0)], printed: [5] },
    { label: "several days", forecast: [12, 0, 3, 0, 140, ...Array<number>(25).fill(0)], printed: [12, 3, 140] },
    { label: "nothing due", forecast: Array<number>(30).fill(0), printed: [] },
  ])("$label: every non-empty bar shows its count", ({ forecast, printed }) => {
    expect(barCounts(renderToStaticMarkup(createElement(ForecastChart, { forecast })))).toEqual(printed);
  });
});
