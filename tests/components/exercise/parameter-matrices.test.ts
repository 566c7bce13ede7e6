import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ParameterMatrices } from "@/components/exercise/parameter-matrices";
import { buildInstance, MAX_SEED, type ExerciseDefinition } from "@/lib/exercises/instance";
import { formatNumber } from "@/lib/exercises/solution-tex";

// The widest network the content uses: its diagram has 20 edges, many crossing, so these matrices are where weights are read.
const def: ExerciseDefinition = {
  network: { dIn: 3, h: 4, dOut: 2, n: 1, hidden: "relu", output: "identity", loss: "softmax_ce" },
  ask: ["dW1"],
};

/** The TeX source KaTeX keeps in its MathML annotation. */
const texOf = (html: string) =>
  [...html.matchAll(/<annotation encoding="application\/x-tex">(.*?)<\/annotation>/gs)].map((m) => m[1]).join("; ");
const row = (r: number[]) => r.map(formatNumber).join(" &amp; ");

describe("parameter matrices", () => {
  test("every weight and bias of a drawn instance is written out, row by row in the equations' shapes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED - 1 }), (seed) => {
        const spec = buildInstance(def, seed);
        const tex = texOf(renderToStaticMarkup(createElement(ParameterMatrices, { spec })));
        // W1 is 3×4 (inputs × hidden units): each input's four outgoing weights form one row.
        expect(tex).toContain(`W_1 = \\begin{bmatrix}${spec.W1.map(row).join(" \\\\ ")}\\end{bmatrix}`);
        expect(tex).toContain(`b_1 = \\begin{bmatrix}${row(spec.b1)}\\end{bmatrix}`);
        expect(tex).toContain(`W_2 = \\begin{bmatrix}${spec.W2.map(row).join(" \\\\ ")}\\end{bmatrix}`);
        expect(tex).toContain(`b_2 = \\begin{bmatrix}${row(spec.b2)}\\end{bmatrix}`);
      }),
      { numRuns: 50 },
    );
  });
});
