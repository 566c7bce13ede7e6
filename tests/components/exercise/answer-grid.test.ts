import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { AnswerGrid } from "@/components/exercise/answer-grid";
import { askedQuantities, type ExerciseDefinition } from "@/lib/exercises/instance";

const def: ExerciseDefinition = {
  network: { dIn: 2, h: 2, dOut: 1, n: 1, hidden: "relu", output: "sigmoid", loss: "bce" },
  ask: ["dW1", "loss"],
};

/** The attributes of every <input> the grid renders, by name. */
function inputs(html: string): Array<Record<string, string>> {
  return [...html.matchAll(/<input([^>]*)\/?>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map((a) => [a[1]!.toLowerCase(), a[2]!])),
  );
}

describe("answer cells", () => {
  test.each(askedQuantities(def).map((asked) => ({ label: asked.ask, asked })))(
    "$label: every cell offers the full keyboard (minus, '/', 'e'), with no auto-capitalizing or correcting",
    ({ asked }) => {
      const values = Array.from({ length: asked.rows }, () => Array.from({ length: asked.cols }, () => ""));
      const cells = inputs(
        renderToStaticMarkup(createElement(AnswerGrid, { asked, values, errors: {}, onChange: () => {} })),
      );
      expect(cells).toHaveLength(asked.rows * asked.cols);
      for (const cell of cells) {
        // A phone's "decimal" or "numeric" pad has no minus sign, and negative gradients are common.
        expect(cell.inputmode ?? "text").toBe("text");
        expect(cell.type ?? "text").toBe("text");
        expect({ autocapitalize: cell.autocapitalize, autocorrect: cell.autocorrect }).toEqual({
          autocapitalize: "off",
          autocorrect: "off",
        });
      }
    },
  );
});

describe("unreadable-entry messages", () => {
  const grid: ExerciseDefinition = {
    network: { dIn: 2, h: 2, dOut: 1, n: 1, hidden: "relu", output: "sigmoid", loss: "bce" },
    ask: ["dW1", "dW1[1][0]", "loss"],
  };
  const [whole, entry, scalar] = askedQuantities(grid);
  test.each([
    {
      label: "a 2×2 grid names the row and column",
      asked: whole!,
      cell: [1, 0],
      text: "Row 2, column 1: fill this in",
    },
    // A single asked entry and a 1×1 quantity have one cell: "1, 1" or "Row, column 1, 1" named nothing.
    { label: "a single asked entry says only the message", asked: entry!, cell: [0, 0], text: "fill this in" },
    { label: "a 1×1 quantity says only the message", asked: scalar!, cell: [0, 0], text: "fill this in" },
  ])("$label", ({ asked, cell, text }) => {
    const id = `${asked.ask}|${cell[0]}|${cell[1]}`;
    const values = Array.from({ length: asked.rows }, () => Array.from({ length: asked.cols }, () => ""));
    const html = renderToStaticMarkup(
      createElement(AnswerGrid, { asked, values, errors: { [id]: "fill this in" }, onChange: () => {} }),
    );
    const message = html.match(new RegExp(`<p id="${id.replace(/[[\]|]/g, "\\$&")}-error"[^>]*>(.*?)</p>`))?.[1];
    expect(message?.replace(/<!-- -->/g, "")).toBe(text);
  });
});
