import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { DataTable } from "@/components/exercise/data-table";
import { NetworkDiagram } from "@/components/exercise/network-diagram";
import { buildInstance, type ExerciseDefinition } from "@/lib/exercises/instance";

// Asks, hints and explanations index from 0: dW1[1][0] is "the weight from input 1 to hidden unit 0", whose
// gradient is x_1·δ_{1,0}. The diagram and the data table labelled the same units x1, x2 and h1, h2, so "input 1"
// pointed at the first column of x (the wrong one) and "hidden unit 0" at no unit at all.
const def: ExerciseDefinition = {
  network: { dIn: 2, h: 2, dOut: 2, n: 1, hidden: "sigmoid", output: "sigmoid", loss: "bce" },
  ask: ["dW1[1][0]"],
};
const spec = buildInstance(def, 1);

/** The text of every <text> and <th> element, in document order. */
function texts(html: string, tag: "text" | "th"): string[] {
  return [...html.matchAll(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`, "g"))].map((m) => m[1]!.trim());
}

describe("exercise figures name units as the asks do, from 0", () => {
  test("the network diagram labels inputs x0, x1, hidden units h0, h1 and outputs o0, o1", () => {
    const labels = texts(renderToStaticMarkup(createElement(NetworkDiagram, { spec })), "text");
    expect(labels).toEqual(expect.arrayContaining(["x0", "x1", "h0", "h1", "o0", "o1"]));
    expect(labels).not.toContain("x2");
    expect(labels).not.toContain("h2");
  });

  test.each([
    { label: "inputs", expected: ["x0", "x1"] },
    { label: "targets", expected: ["y0", "y1"] },
  ])("the data table heads its $label columns $expected", ({ expected }) => {
    const heads = texts(renderToStaticMarkup(createElement(DataTable, { spec })), "th");
    for (const h of expected) expect(heads).toContain(h);
    expect(heads).not.toContain("x2");
    expect(heads).not.toContain("y2");
  });
});
