import { describe, expect, test } from "vitest";
import { gradCheck, generateInstance, GRAD_CHECK_PARAMS, type Activation, type TwoLayerSpec } from "@/lib/engine";
import { diagnoseCurve, errorCurve, type EpsCause } from "@/lib/calculators/eps-sweep";
import {
  bandLegend,
  gradientCheckReport,
  gradientTable,
  verdictFor,
  VERDICT_BANDS,
  type Verdict,
} from "@/lib/calculators/gradient-check";
import { SMALL_NET } from "../engine/helpers";
import { expectField } from "./helpers";

const SMOOTH: TwoLayerSpec = SMALL_NET;

/** z1 = 1·0.2 + 2·(−0.1) + 0 = 0 exactly: the ReLU kink. */
const KINK: TwoLayerSpec = {
  x: [[1, 2]],
  y: [[1]],
  W1: [[0.2], [-0.1]],
  b1: [0],
  W2: [[1]],
  b2: [0],
  hidden: "relu",
  output: "identity",
  loss: "mse",
};

describe("verdict bands", () => {
  test.each([
    { relError: 0, verdict: "great" },
    { relError: 3e-10, verdict: "great" },
    { relError: 1e-7, verdict: "fine" },
    { relError: 9.9e-6, verdict: "fine" },
    { relError: 1e-5, verdict: "suspicious" },
    { relError: 5e-4, verdict: "suspicious" },
    { relError: 1e-3, verdict: "wrong" },
    { relError: 2, verdict: "wrong" },
  ] satisfies { relError: number; verdict: Verdict }[])(
    "relative error $relError → $verdict",
    ({ relError, verdict }) => {
      const band = verdictFor(relError);
      expect(band.verdict).toBe(verdict);
      expect(band.explanation.length).toBeGreaterThan(10);
    },
  );

  test('the legend gives each band both its ends, never "below ∞"', () => {
    expect(bandLegend()).toBe(
      "great below 1e-7, fine from 1e-7 to 1e-5, suspicious from 1e-5 to 0.001, wrong from 0.001 up",
    );
    expect(bandLegend()).not.toContain("∞");
  });

  test("the last band does not blame the backward pass by itself: at one ε it may be the step", () => {
    expect(VERDICT_BANDS.at(-1)!.explanation).not.toMatch(/bug/);
  });

  test("bands are ordered and the last is open-ended", () => {
    const limits = VERDICT_BANDS.map((b) => b.below);
    expect(limits).toEqual([...limits].sort((a, b) => a - b));
    expect(limits.at(-1)).toBe(Infinity);
  });
});

describe("gradientCheckReport (engine gradCheck)", () => {
  test("a correct backward pass on a smooth point is great everywhere", () => {
    const r = gradientCheckReport(SMOOTH);
    // 4 W1 + 2 b1 + 2 W2 + 1 b2 + 4 x entries.
    expect(r.rows).toHaveLength(13);
    expect(r.params.map((p) => p.param)).toEqual(["W1", "b1", "W2", "b2", "x"]);
    expect(r.overall.verdict).toBe("great");
    expect(r.nearKink).toBe(false);
    expect(r.kinkNote).toBeNull();
    expect(r.rows.map((row) => row.label).slice(0, 5)).toEqual([
      "W1[0][0]",
      "W1[0][1]",
      "W1[1][0]",
      "W1[1][1]",
      "b1[0]",
    ]);
    for (const row of r.rows) {
      expect(row.absError).toBe(Math.abs(row.analytic - row.numeric));
    }
  });

  test("a ReLU exactly at its kink: flagged, and the numeric slope is half the one-sided one", () => {
    const r = gradientCheckReport(KINK);
    expect(r.nearKink).toBe(true);
    expect(r.kinkNote).toContain("kink");
    const b1 = r.rows.find((row) => row.label === "b1[0]")!;
    // L = (relu(z) − 1)², analytic ReLU′(0) = 0 ⇒ 0; numeric ≈ (L(ε) − L(−ε))/2ε ≈ −1.
    expect(b1.analytic).toBe(0);
    expect(b1.numeric).toBeCloseTo(-1, 4);
    expect(b1.verdict).toBe("wrong");
  });

  test("eps is passed through and validated by the engine", () => {
    expect(gradientCheckReport(SMOOTH, { eps: 1e-4 }).eps).toBe(1e-4);
    expectField(() => gradientCheckReport(SMOOTH, { eps: -1 }), "eps");
    expectField(() => gradientCheckReport({ ...SMOOTH, b1: [0.1] }), "b1");
  });
});

describe("gradientTable (any analytic/numeric pairs)", () => {
  test("a deliberately wrong entry is found and worked through", () => {
    const t = gradientTable([
      {
        param: "W",
        analytic: [
          [1, 2],
          [3, 4],
        ],
        numeric: [
          [1, 2],
          [3.3, 4],
        ],
      },
      { param: "b", analytic: [0.5], numeric: [0.5] },
      { param: "c", analytic: 7, numeric: 7 },
    ]);
    expect(t.overall.verdict).toBe("wrong");
    expect(t.overall.worst!.label).toBe("W[1][0]");
    expect(t.overall.maxRelError).toBeCloseTo(0.3 / 3.3, 12);
    expect(t.params.map((p) => p.verdict)).toEqual(["wrong", "great", "great"]);
    expect(t.rows.map((r) => r.label)).toEqual(["W[0][0]", "W[0][1]", "W[1][0]", "W[1][1]", "b[0]", "c"]);
    expect(t.overall.formula).toContain("3.3");
  });

  test("tiny true-zero gradients are compared absolutely (floor 1e-6)", () => {
    const t = gradientTable([{ param: "w", analytic: [0], numeric: [1e-11] }]);
    expect(t.rows[0]!.relError).toBeCloseTo(1e-5, 15);
  });

  test.each([
    {
      label: "length mismatch",
      run: () => gradientTable([{ param: "w", analytic: [1, 2], numeric: [1] }]),
      field: "w",
    },
    {
      label: "NaN numeric",
      run: () => gradientTable([{ param: "w", analytic: [1], numeric: [NaN] }]),
      field: "w.numeric",
    },
    { label: "negative relative error", run: () => verdictFor(-1), field: "relativeError" },
  ])("$label → field $field", ({ run, field }) => expectField(run, field));
});

/** The calculator's network: 2-3-2, softmax cross-entropy, batch of 2, drawn from a seed. */
const calculatorNet = (hidden: Activation, seed: number) =>
  generateInstance({ dIn: 2, h: 3, dOut: 2, n: 2, output: "identity", loss: "softmax_ce", hidden }, seed);

describe("gradientCheckReport reads the error curve before blaming the backward pass", () => {
  test.each([
    { label: "tanh, ε = 1e-12 (round-off)", hidden: "tanh", eps: 1e-12, cause: "eps-too-small" },
    { label: "sigmoid, ε = 1e-12 (round-off)", hidden: "sigmoid", eps: 1e-12, cause: "eps-too-small" },
    { label: "ReLU, ε = 1e-13 (round-off)", hidden: "relu", eps: 1e-13, cause: "eps-too-small" },
    { label: "tanh, ε = 1 (truncation)", hidden: "tanh", eps: 1, cause: "eps-too-large" },
    { label: "sigmoid, ε = 1 (truncation)", hidden: "sigmoid", eps: 1, cause: "eps-too-large" },
    { label: "ReLU, ε = 1 (truncation and the kink within reach)", hidden: "relu", eps: 1, cause: "eps-too-large" },
    { label: "tanh, ε = 1e-5 (the default)", hidden: "tanh", eps: 1e-5, cause: "agrees" },
  ] satisfies { label: string; hidden: Activation; eps: number; cause: EpsCause }[])(
    "$label → $cause",
    ({ hidden, eps, cause }) => {
      for (const seed of [1, 7, 42]) {
        const r = gradientCheckReport(calculatorNet(hidden, seed), { eps });
        expect(r.diagnosis.cause).toBe(cause);
        expect(r.overall.explanation).toBe(r.diagnosis.explanation);
        expect(r.overall.explanation).not.toMatch(/bug/);
        // The curve spans the grid and the chosen ε, and its bottom is float64-good for a correct backward pass.
        expect(r.curve[0]!.eps).toBe(Math.min(1e-14, eps));
        expect(r.curve.some((p) => p.eps === eps)).toBe(true);
        expect(r.diagnosis.best.relError).toBeLessThan(1e-7);
        expect(r.diagnosis.best.eps).toBeGreaterThanOrEqual(1e-8);
        expect(r.diagnosis.best.eps).toBeLessThanOrEqual(1e-3);
        if (cause !== "agrees") expect(r.overall.verdict === "suspicious" || r.overall.verdict === "wrong").toBe(true);
      }
    },
  );

  test("the curve is a V: round-off falls as ε grows below the best ε, truncation grows above it", () => {
    const r = gradientCheckReport(calculatorNet("tanh", 1));
    const { best, roundOff, truncation } = r.diagnosis;
    expect(r.curve[0]!.relError).toBeGreaterThan(1e3 * best.relError);
    expect(r.curve.at(-1)!.relError).toBeGreaterThan(1e3 * best.relError);
    expect(roundOff!.to).toBeLessThan(best.eps);
    expect(truncation!.from).toBeGreaterThan(best.eps);
    // Truncation grows like ε²: two decades of ε in the truncation region are about four decades of error.
    const at = (eps: number) => r.curve.find((p) => p.eps === eps)!.relError;
    expect(Math.log10(at(1e-1) / at(1e-3))).toBeCloseTo(4, 0);
  });

  test("a ReLU exactly at its kink: large at every ε, and blamed on the kink", () => {
    const r = gradientCheckReport(KINK, { eps: 1e-5 });
    expect(r.diagnosis.cause).toBe("kink");
    expect(r.overall.explanation).toContain("not a bug");
  });

  test("a real bug (db2's sign flipped) is blamed on the backward pass at every ε, even 1e-12 and 1", () => {
    const spec = calculatorNet("tanh", 1);
    const maxRelError = (eps: number) => {
      const g = gradCheck(spec, { eps });
      return gradientTable(
        GRAD_CHECK_PARAMS.map((p) => ({
          param: p,
          analytic: p === "b2" ? g.params.b2.analytic.map((v) => -v) : g.params[p].analytic,
          numeric: g.params[p].numeric,
        })),
      ).overall.maxRelError;
    };
    for (const eps of [1e-12, 1e-5, 1]) {
      const d = diagnoseCurve(errorCurve(maxRelError, eps), eps);
      expect(d.cause).toBe("bug");
      expect(d.explanation).toContain("backward pass has a bug");
    }
  });
});
