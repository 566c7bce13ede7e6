import { describe, expect, test } from "vitest";
import type { TwoLayerSpec } from "@/lib/engine";
import type { ExerciseDefinition } from "@/lib/exercises/instance";
import { formatNumber, lastAsked, solutionSteps, texMatrix } from "@/lib/exercises/solution";

const spec: TwoLayerSpec = {
  x: [[1, 0.5]],
  y: [[1]],
  W1: [
    [0.5, -0.5],
    [0.25, 1],
  ],
  b1: [0, 0.25],
  W2: [[1], [-1]],
  b2: [0.5],
  hidden: "relu",
  output: "sigmoid",
  loss: "bce",
};

describe("solution steps", () => {
  test.each([
    { label: "an integer", v: 3, tex: "3" },
    { label: "four significant digits", v: 0.123456, tex: "0.1235" },
    { label: "a tiny number in scientific form", v: 1.5e-7, tex: "1.5\\times 10^{-7}" },
    { label: "zero", v: 0, tex: "0" },
  ])("formats $label", ({ v, tex }) => {
    expect(formatNumber(v)).toBe(tex);
  });

  test("matrices become bmatrix rows", () => {
    expect(
      texMatrix([
        [1, 2],
        [3, 4],
      ]),
    ).toBe("\\begin{bmatrix}1 & 2 \\\\ 3 & 4\\end{bmatrix}");
    expect(texMatrix([0.5, 0.25])).toBe("\\begin{bmatrix}0.5 & 0.25\\end{bmatrix}");
  });

  test("every step of the chain is there, in order, typeset, with its numbers substituted", () => {
    const steps = solutionSteps(spec);
    expect(steps.map((s) => s.key)).toEqual([
      "z1",
      "a1",
      "z2",
      "a2",
      "loss",
      "dz2",
      "dW2",
      "db2",
      "da1",
      "dz1",
      "dW1",
      "db1",
      "dx",
    ]);
    for (const step of steps) expect(step.html).toContain('class="katex-display"');
    // z1 = [1 0.5]·W1 + b1 = [0.625, 0.25]: the operands (W1's 0.25, b1) and the result appear in the MathML.
    const z1 = steps[0]!.html;
    expect(z1).toContain("<mn>0.625</mn>");
    expect(z1.match(/<mn>0.25<\/mn>/g)?.length).toBe(3);
    expect(steps[1]!.html).toContain("ReLU");
  });
});

describe("a solution stops at the last quantity its exercise asks for", () => {
  const network = { dIn: 2, h: 2, dOut: 1, n: 1, hidden: "relu", output: "sigmoid", loss: "bce" } as const;
  test.each([
    // A forward-pass exercise used to be shown a whole backward pass it never asked about.
    { label: "a forward pass", ask: ["z1", "a1", "z2", "a2", "loss"], last: "loss", count: 5 },
    { label: "the output layer's gradients, asked out of order", ask: ["db2", "dz2"], last: "db2", count: 8 },
    { label: "one entry of dW1", ask: ["dW1[1][0]"], last: "dW1", count: 11 },
    { label: "down to the input gradient", ask: ["dz1", "dx"], last: "dx", count: 13 },
  ])("$label: through $last", ({ ask, last, count }) => {
    const def: ExerciseDefinition = { network, ask };
    expect(lastAsked(def)).toBe(last);
    const steps = solutionSteps(spec, undefined, lastAsked(def));
    expect(steps).toHaveLength(count);
    expect(steps.at(-1)!.key).toBe(last);
  });
});
