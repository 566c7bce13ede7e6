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
