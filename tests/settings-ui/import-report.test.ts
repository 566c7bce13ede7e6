import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ImportReport } from "@/components/settings/import-form";

const text = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const skip = (n: number, reason: string) => Array.from({ length: n }, (_, i) => ({ id: `${reason}-${i}`, reason }));

describe("import report", () => {
  test.each([
    {
      label: "a first import",
      report: { added: { logs: 1, cards: 1, settings: true }, skipped: [] },
      says: "Added 1 review for 1 item, and your settings; skipped 0.",
      lists: [],
    },
    {
      // The same file again: nothing failed, so no list of ids that reads like errors.
      label: "the same file again",
      report: { added: { logs: 0, cards: 0, settings: false }, skipped: skip(5, "already imported") },
      says: "Added 0 reviews for 0 items; skipped 5 (5 already in your account).",
      lists: [],
    },
    {
      label: "a mix",
      report: {
        added: { logs: 3, cards: 2, settings: false },
        skipped: [...skip(2, "already imported"), { id: "x", reason: 'unknown item "gone"' }],
      },
      says: "Added 3 reviews for 2 items; skipped 3 (2 already in your account).",
      lists: ['x: unknown item "gone"'],
    },
  ])("$label", ({ report, says, lists }) => {
    const html = renderToStaticMarkup(createElement(ImportReport, { report }));
    expect(text(html.match(/<p>(.*?)<\/p>/s)![1]!)).toBe(says);
    expect([...html.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => text(m[1]!).replace(/&quot;/g, '"'))).toEqual(lists);
  });
});
