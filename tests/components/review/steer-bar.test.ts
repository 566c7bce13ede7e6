import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { SteerBar } from "@/components/review/steer-bar";

const noop = () => {};
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);

describe("the steer bar's buttons", () => {
  test.each([
    {
      label: "an item, nothing to undo",
      onItem: true,
      canUndo: false,
      cram: false,
      expected: ["Skip for now", "Bury until tomorrow", "Suspend"],
    },
    {
      label: "an item after a rating",
      onItem: true,
      canUndo: true,
      cram: false,
      expected: ["Undo last rating", "Skip for now", "Bury until tomorrow", "Suspend"],
    },
    {
      label: "the end of a visit with a rating to undo",
      onItem: false,
      canUndo: true,
      cram: false,
      expected: ["Undo last rating"],
    },
    {
      label: "cram: nothing saved, so only a skip",
      onItem: true,
      canUndo: false,
      cram: true,
      expected: ["Skip for now"],
    },
  ])("$label", ({ onItem, canUndo, cram, expected }) => {
    const html = renderToStaticMarkup(
      createElement(SteerBar, { onItem, canUndo, cram, busy: false, onUndo: noop, onSkip: noop, onSetAside: noop }),
    );
    expect(buttons(html)).toEqual(expected);
  });

  test("renders nothing at the end of a visit with nothing to undo", () => {
    const html = renderToStaticMarkup(
      createElement(SteerBar, {
        onItem: false,
        canUndo: false,
        cram: false,
        busy: false,
        onUndo: noop,
        onSkip: noop,
        onSetAside: noop,
      }),
    );
    expect(html).toBe("");
  });
});
