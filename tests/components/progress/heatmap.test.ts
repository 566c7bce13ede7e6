import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Heatmap } from "@/components/progress/heatmap";

const year = (counts: Partial<Record<number, number>>) =>
  Array.from({ length: 365 }, (_, i) => ({ date: `day-${i}`, count: counts[i] ?? 0 }));

const caption = (html: string) =>
  html
    .match(/<figcaption[^>]*>(.*?)<\/figcaption>/s)![1]!
    .replace(/<[^>]+>/g, "")
    .replace(/<!-- -->/g, "");

describe("heatmap caption", () => {
  test.each([
    { label: "a first session", counts: { 364: 5 }, text: "5 reviews on 1 day in the last year" },
    { label: "one review", counts: { 364: 1 }, text: "1 review on 1 day in the last year" },
    { label: "two days", counts: { 3: 2, 364: 4 }, text: "6 reviews on 2 days in the last year" },
    { label: "nothing yet", counts: {}, text: "0 reviews on 0 days in the last year" },
  ])("$label: $text", ({ counts, text }) => {
    expect(caption(renderToStaticMarkup(createElement(Heatmap, { days: year(counts) })))).toContain(text);
  });
});
