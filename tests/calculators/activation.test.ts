import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  ACTIVATION_KINDS,
  activationAt,
  activationCurve,
  slopeProduct,
  type ActivationKind,
} from "@/lib/calculators/activation";
import { expectField } from "./helpers";

const s5 = 1 / (1 + Math.exp(-5));

describe("activationAt: known values", () => {
  test.each([
    { label: "σ(0) = ½, σ′(0) = ¼", kind: "sigmoid", x: 0, value: 0.5, derivative: 0.25 },
    { label: "σ′(5) = σ(5)(1 − σ(5)) ≈ 0.006648", kind: "sigmoid", x: 5, value: s5, derivative: s5 * (1 - s5) },
    { label: "σ′(−5) = σ′(5) (symmetric)", kind: "sigmoid", x: -5, value: 1 - s5, derivative: s5 * (1 - s5) },
    { label: "tanh(0) = 0, tanh′(0) = 1", kind: "tanh", x: 0, value: 0, derivative: 1 },
    { label: "tanh′(1) = 1 − tanh²(1)", kind: "tanh", x: 1, value: Math.tanh(1), derivative: 1 - Math.tanh(1) ** 2 },
    { label: "ReLU(3) = 3, slope 1", kind: "relu", x: 3, value: 3, derivative: 1 },
    { label: "ReLU(−2) = 0, slope 0", kind: "relu", x: -2, value: 0, derivative: 0 },
    { label: "ReLU′(0) = 0 (engine convention)", kind: "relu", x: 0, value: 0, derivative: 0 },
    { label: "leaky ReLU(−2) = −0.02 at α = 0.01", kind: "leaky_relu", x: -2, value: -0.02, derivative: 0.01 },
    { label: "leaky ReLU(2) = 2", kind: "leaky_relu", x: 2, value: 2, derivative: 1 },
  ] satisfies { label: string; kind: ActivationKind; x: number; value: number; derivative: number }[])(
    "$label",
    ({ kind, x, value, derivative }) => {
      const r = activationAt(kind, x);
      expect(r.value).toBeCloseTo(value, 12);
      expect(r.derivative).toBeCloseTo(derivative, 12);
      expect(r.formula.value).toContain("=");
    },
  );

  test("σ′(5) ≈ 0.006648 and its formula shows the substituted product", () => {
    const r = activationAt("sigmoid", 5);
    expect(r.derivative).toBeCloseTo(0.006648, 6);
    expect(r.formula.derivative).toContain("0.993307");
    expect(r.formula.derivative).toContain("0.00664806");
  });

  test("leaky ReLU takes α and uses slope α at exactly 0", () => {
    const r = activationAt("leaky_relu", 0, { alpha: 0.2 });
    expect(r).toMatchObject({ alpha: 0.2, value: 0, derivative: 0.2 });
    expect(activationAt("leaky_relu", -1, { alpha: 0.2 }).value).toBeCloseTo(-0.2, 15);
  });
});

describe("derivatives match central differences", () => {
  test.each(ACTIVATION_KINDS.map((kind) => ({ kind })))("$kind", ({ kind }) => {
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 20, noNaN: true }).filter((x) => Math.abs(x) > 1e-3),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, alpha) => {
          const h = 1e-5;
          const f = (v: number) => activationAt(kind, v, { alpha }).value;
          const numeric = (f(x + h) - f(x - h)) / (2 * h);
          expect(Math.abs(activationAt(kind, x, { alpha }).derivative - numeric)).toBeLessThan(1e-7);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("activationCurve", () => {
  test("samples both ends exactly and evenly in between", () => {
    const c = activationCurve("tanh", { from: -2, to: 2, points: 5 });
    expect(c.points.map((p) => p.x)).toEqual([-2, -1, 0, 1, 2]);
    expect(c.points[2]).toEqual({ x: 0, value: 0, derivative: 1 });
  });

  test("defaults: 201 points on [−6, 6]", () => {
    const c = activationCurve("sigmoid");
    expect(c.points).toHaveLength(201);
    expect(c.points[0]!.x).toBe(-6);
    expect(c.points[200]!.x).toBe(6);
  });
});

describe("slopeProduct", () => {
  test("ten sigmoid layers at x = 5: (σ′(5))¹⁰ ≈ 1.7e-22", () => {
    const r = slopeProduct("sigmoid", 5, { layers: 10 });
    const d = s5 * (1 - s5);
    expect(r.slopes).toHaveLength(10);
    expect(r.product / d ** 10).toBeCloseTo(1, 12);
    expect(r.product).toBeGreaterThan(1.6e-22);
    expect(r.product).toBeLessThan(1.8e-22);
    expect(r.log10Product!).toBeCloseTo(10 * Math.log10(d), 10);
    expect(r.cumulative[0]).toBeCloseTo(d, 15);
    expect(r.formula).toContain("^{10}");
  });

  test("per-layer inputs; a dead ReLU zeroes the product and log10 is null", () => {
    const r = slopeProduct("relu", [1, 2, -1, 3]);
    expect(r.cumulative).toEqual([1, 1, 0, 0]);
    expect(r.log10Product).toBeNull();
  });

  test("log10 stays exact where the product underflows", () => {
    const r = slopeProduct("sigmoid", 20, { layers: 50 });
    expect(r.product).toBe(0);
    expect(r.log10Product!).toBeLessThan(-400);
  });
});

describe("input validation", () => {
  test.each([
    { label: "NaN x", run: () => activationAt("tanh", NaN), field: "x" },
    { label: "Infinity x", run: () => activationAt("tanh", Infinity), field: "x" },
    { label: "unknown activation", run: () => activationAt("gelu" as ActivationKind, 0), field: "activation" },
    { label: "α > 1", run: () => activationAt("leaky_relu", 0, { alpha: 2 }), field: "alpha" },
    { label: "to ≤ from", run: () => activationCurve("relu", { from: 1, to: 1 }), field: "to" },
    { label: "1 point", run: () => activationCurve("relu", { points: 1 }), field: "points" },
    { label: "0 layers", run: () => slopeProduct("relu", 1, { layers: 0 }), field: "layers" },
    { label: "NaN per-layer x", run: () => slopeProduct("relu", [1, NaN]), field: "x[1]" },
  ])("$label → field $field", ({ run, field }) => {
    expectField(run, field);
  });
});
