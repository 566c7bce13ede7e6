import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { BackpropStepDiagram } from "@/components/calculators/backprop-step-diagram";
import { NetworkDiagram } from "@/components/exercise/network-diagram";
import { buildInstance } from "@/lib/exercises/instance";

/** The text of every <text> element, in document order. */
const texts = (html: string) => [...html.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.trim());
const unitLabels = (html: string) => texts(html).filter((t) => /^[xho]\d+$/.test(t));

// The calculator's diagram labelled units x1, x2, h1, h2 while the exercise figures and the asks (W1[i][j] runs from
// xi to hj) name them from 0. Names and indices count from 0; positions said in words ("row 1") count from 1.
describe("the backprop step-through diagram counts units from 0", () => {
  test.each([
    { label: "2-2-1", dIn: 2, h: 2, dOut: 1, expected: ["x0", "x1", "h0", "h1", "o0"] },
    { label: "1-3-2", dIn: 1, h: 3, dOut: 2, expected: ["x0", "h0", "h1", "h2", "o0", "o1"] },
  ])("$label network: units $expected", ({ dIn, h, dOut, expected }) => {
    const html = renderToStaticMarkup(createElement(BackpropStepDiagram, { dIn, h, dOut, step: null }));
    expect(unitLabels(html)).toEqual(expected);
  });

  test("the same network gets the same unit labels in the calculator and in an exercise figure", () => {
    const spec = buildInstance(
      { network: { dIn: 2, h: 3, dOut: 2, n: 1, hidden: "tanh", output: "sigmoid", loss: "bce" }, ask: ["dW1"] },
      3,
    );
    const exercise = unitLabels(renderToStaticMarkup(createElement(NetworkDiagram, { spec })));
    const calculator = unitLabels(
      renderToStaticMarkup(createElement(BackpropStepDiagram, { dIn: 2, h: 3, dOut: 2, step: "z1" })),
    );
    expect(calculator).toEqual(exercise);
  });
});
