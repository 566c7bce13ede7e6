import katex from "katex";
import { describe, expect, test } from "vitest";
import {
  ACTIVATION_NAMES,
  backprop,
  EngineInputError,
  gradCheck,
  QUANTITY_ORDER,
  relError,
  trace,
  type TwoLayerSpec,
} from "@/lib/engine";
import { cloneSpec, HEADS } from "./helpers";

const SPEC: TwoLayerSpec = {
  x: [
    [0.5, -0.2, 0.1],
    [0.3, 0.8, -0.6],
  ],
  y: [
    [0, 1],
    [1, 0],
  ],
  W1: [
    [0.2, -0.4],
    [0.7, 0.1],
    [-0.3, 0.5],
  ],
  b1: [0.1, -0.2],
  W2: [
    [0.6, -0.1],
    [-0.2, 0.3],
  ],
  b2: [0.05, -0.05],
  hidden: "tanh",
  output: "identity",
  loss: "softmax_ce",
};

describe("trace", () => {
  test("lists forward then backward steps in derivation order, with backprop's values", () => {
    const steps = trace(SPEC);
    const r = backprop(SPEC);
    expect(steps.map((s) => s.key)).toEqual([...QUANTITY_ORDER]);
    expect(steps.map((s) => s.phase)).toEqual([
      ...Array.from({ length: 5 }, () => "forward"),
      ...Array.from({ length: 8 }, () => "backward"),
    ]);
    for (const s of steps) expect(s.value).toEqual(r[s.key]);
    expect(steps.find((s) => s.key === "dW2")!.formula).toBe("dW_2 = a_1^\\top \\, \\delta_2");
  });

  const combos = ACTIVATION_NAMES.flatMap((hidden) => HEADS.map((head) => ({ hidden, ...head })));
  test.each(combos.map((c) => [`${c.hidden} / ${c.output} / ${c.loss}`, c] as const))(
    "every formula is valid KaTeX and names the activation: %s",
    (_label, combo) => {
      const spec = { ...cloneSpec(SPEC), ...combo };
      if (combo.loss !== "softmax_ce")
        spec.y = [
          [0, 1],
          [1, 0],
        ];
      for (const step of trace(spec)) {
        expect(() => katex.renderToString(step.formula, { throwOnError: true })).not.toThrow();
      }
      const f = Object.fromEntries(trace(spec).map((s) => [s.key, s.formula]));
      const mark = { identity: null, relu: "ReLU", sigmoid: "\\sigma", tanh: "\\tanh" }[combo.hidden];
      if (mark !== null) expect(f.a1).toContain(mark);
      if (combo.loss === "softmax_ce") expect(f.a2).toContain("softmax");
    },
  );

  test("rejects a bad spec like backprop", () => {
    expect(() => trace({ ...SPEC, loss: "hinge" as never })).toThrow(EngineInputError);
  });
});

describe("gradCheck", () => {
  test("finds agreement on a smooth net and reports every parameter", () => {
    const check = gradCheck(SPEC);
    expect(check.eps).toBe(1e-5);
    for (const p of ["W1", "b1", "W2", "b2", "x"] as const) {
      expect(check.params[p].maxRelError).toBeLessThan(1e-6);
      expect(check.params[p].numeric.flat()).toHaveLength(check.params[p].analytic.flat().length);
    }
    expect(check.maxRelError).toBeLessThan(1e-6);
  });

  test("notices a wrong gradient: straddling a ReLU kink disagrees", () => {
    // z1 = 0 exactly: the difference quotient sees half a slope, backprop uses slope 0.
    const spec: TwoLayerSpec = {
      ...cloneSpec(SPEC),
      hidden: "relu",
      x: [
        [0, 0, 0],
        [0.3, 0.8, -0.6],
      ],
      b1: [0, -0.2],
    };
    const check = gradCheck(spec);
    expect(check.params.b1.maxRelError).toBeGreaterThan(1e-2);
  });

  test("leaves the caller's spec untouched", () => {
    const spec = cloneSpec(SPEC);
    gradCheck(spec);
    expect(spec).toEqual(SPEC);
  });

  test.each([
    ["zero", 0],
    ["negative", -1e-5],
    ["NaN", NaN],
    ["Infinity", Infinity],
  ])("eps %s → EngineInputError on field eps", (_label, eps) => {
    expect(() => gradCheck(SPEC, { eps })).toThrow(expect.objectContaining({ field: "eps" }));
  });

  test.each([
    ["equal", 0.5, 0.5, 0],
    ["relative for large values", 100, 101, 1 / 101],
    ["floored near zero", 0, 1e-12, 1e-6],
  ])("relError: %s", (_label, a, n, expected) => {
    expect(relError(a, n)).toBeCloseTo(expected, 12);
  });
});
