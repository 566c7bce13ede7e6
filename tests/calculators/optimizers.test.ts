import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  evaluateSurface,
  initialState,
  optimizerStep,
  powStep,
  runOptimizer,
  SURFACE_NAMES,
  type OptimizerConfig,
  type SurfaceName,
  type Vec2,
} from "@/lib/calculators/optimizers";
import { expectField } from "./helpers";

describe("surfaces: value and gradient", () => {
  test.each([
    { label: "bowl at (1, 2)", surface: "bowl", point: [1, 2], value: 2.5, gradient: [1, 2] },
    { label: "ravine (κ = 25) at (1, 1)", surface: "ravine", point: [1, 1], value: 13, gradient: [1, 25] },
    {
      label: "Rosenbrock minimum (1, 1): f = 0, ∇f = 0",
      surface: "rosenbrock",
      point: [1, 1],
      value: 0,
      gradient: [0, 0],
    },
    { label: "Rosenbrock at (0, 0)", surface: "rosenbrock", point: [0, 0], value: 1, gradient: [-2, 0] },
    { label: "Rosenbrock at (−1, 1)", surface: "rosenbrock", point: [-1, 1], value: 4, gradient: [-4, 0] },
    { label: "Rosenbrock at (0, 1)", surface: "rosenbrock", point: [0, 1], value: 101, gradient: [-2, 200] },
  ] satisfies { label: string; surface: SurfaceName; point: Vec2; value: number; gradient: Vec2 }[])(
    "$label",
    ({ surface, point, value, gradient }) => {
      const r = evaluateSurface(surface, point);
      expect(r.value).toBeCloseTo(value, 12);
      expect(r.gradient[0]).toBeCloseTo(gradient[0], 12);
      expect(r.gradient[1]).toBeCloseTo(gradient[1], 12);
      expect(Object.is(r.gradient[0], -0)).toBe(false);
    },
  );

  test.each(SURFACE_NAMES.map((s) => ({ s })))("$s gradient matches central differences", ({ s }) => {
    const coord = fc.double({ min: -2, max: 2, noNaN: true });
    fc.assert(
      fc.property(coord, coord, (x, y) => {
        const h = 1e-6;
        const f = (p: Vec2) => evaluateSurface(s, p).value;
        const g = evaluateSurface(s, [x, y]).gradient;
        const gx = (f([x + h, y]) - f([x - h, y])) / (2 * h);
        const gy = (f([x, y + h]) - f([x, y - h])) / (2 * h);
        expect(Math.abs(gx - g[0])).toBeLessThan(1e-4 * Math.max(1, Math.abs(g[0])));
        expect(Math.abs(gy - g[1])).toBeLessThan(1e-4 * Math.max(1, Math.abs(g[1])));
      }),
      { numRuns: 100 },
    );
  });
});

describe("single steps", () => {
  test.each([
    { label: "SGD: θ − η·g", config: { kind: "sgd", lr: 0.1 }, params: [1, 2], grad: [1, 2], expected: [0.9, 1.8] },
    {
      label: "momentum from rest = SGD",
      config: { kind: "momentum", lr: 0.1 },
      params: [1, 2],
      grad: [1, 2],
      expected: [0.9, 1.8],
    },
    {
      label: "AdamW first step: Δ = −η(sign g + λθ)",
      config: { kind: "adamw", lr: 0.1, weightDecay: 0.01 },
      params: [1, -1],
      grad: [3, -0.5],
      expected: [1 - 0.1 * (1 + 0.01), -1 + 0.1 * (1 + 0.01)],
    },
  ] satisfies { label: string; config: OptimizerConfig; params: Vec2; grad: Vec2; expected: Vec2 }[])(
    "$label",
    ({ config, params, grad, expected }) => {
      const r = optimizerStep(config, params, grad);
      expect(r.params[0]).toBeCloseTo(expected[0], 7);
      expect(r.params[1]).toBeCloseTo(expected[1], 7);
    },
  );

  test("momentum: u ← βu + g accumulates (two steps of g = (1, 0))", () => {
    const cfg: OptimizerConfig = { kind: "momentum", lr: 0.1, beta: 0.9 };
    const s1 = optimizerStep(cfg, [0, 0], [1, 0]);
    const s2 = optimizerStep(cfg, s1.params, [1, 0], s1.state);
    expect(s2.state.velocity[0]).toBeCloseTo(1.9, 15);
    expect(s2.params[0]).toBeCloseTo(-0.29, 15);
  });

  test("Adam first step from zero state: m = (1−β₁)g, v = (1−β₂)g², m̂ = g, v̂ = g², |Δθ| = lr", () => {
    const r = optimizerStep({ kind: "adam", lr: 0.001 }, [0.5, -0.5], [4, -0.25], initialState());
    const a = r.adam!;
    expect(a.t).toBe(1);
    expect(a.m[0]).toBeCloseTo(0.4, 15);
    expect(a.v[0]).toBeCloseTo(0.016, 15);
    expect(a.mHat[0]).toBeCloseTo(4, 12);
    expect(a.vHat[1]).toBeCloseTo(0.0625, 12);
    expect(r.update[0]).toBeCloseTo(-0.001, 10);
    expect(r.update[1]).toBeCloseTo(0.001, 10);
  });

  test("Adam's first step has |Δθ| = lr per coordinate, whatever the gradient's size", () => {
    const g = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(g, g, fc.boolean(), fc.double({ min: 1e-5, max: 1, noNaN: true }), (g0, g1, neg, lr) => {
        const grad: Vec2 = [neg ? -g0 : g0, g1];
        const r = optimizerStep({ kind: "adam", lr }, [0, 0], grad);
        for (const i of [0, 1] as const) {
          expect(Math.abs(Math.abs(r.update[i]) - lr)).toBeLessThan(lr * 1e-5);
          expect(Math.sign(r.update[i])).toBe(-Math.sign(grad[i]));
        }
      }),
    );
  });

  test("a constant gradient keeps Adam's step at lr (bias correction exact)", () => {
    let state = initialState();
    let params: Vec2 = [0, 0];
    for (let t = 1; t <= 20; t++) {
      const r = optimizerStep({ kind: "adam", lr: 0.01 }, params, [2, -3], state);
      expect(r.update[0]).toBeCloseTo(-0.01, 9);
      expect(r.update[1]).toBeCloseTo(0.01, 9);
      expect(r.adam!.mHat[0]).toBeCloseTo(2, 10);
      ({ params, state } = r);
    }
  });

  test("steps are pure: the state passed in is not modified", () => {
    const state = initialState();
    optimizerStep({ kind: "adam", lr: 0.1 }, [1, 1], [1, 1], state);
    expect(state).toEqual(initialState());
  });
});

describe("trajectories", () => {
  test("SGD on the bowl contracts by (1 − η) per step", () => {
    const r = runOptimizer({ surface: "bowl", optimizer: { kind: "sgd", lr: 0.1 }, start: [1, -2], steps: 10 });
    expect(r.trajectory).toHaveLength(11);
    expect(r.trajectory[0]!.update).toBeNull();
    expect(r.final.params[0]).toBeCloseTo(0.9 ** 10, 12);
    expect(r.final.params[1]).toBeCloseTo(-2 * 0.9 ** 10, 12);
    expect(r.diverged).toBe(false);
  });

  test("SGD with η > 2/κ diverges on the ravine and stops early", () => {
    const r = runOptimizer({ surface: "ravine", optimizer: { kind: "sgd", lr: 0.1 }, start: [1, 1], steps: 200 });
    expect(r.diverged).toBe(true);
    expect(r.trajectory.length).toBeLessThan(201);
    expect(r.trajectory.every((s) => Number.isFinite(s.value))).toBe(true);
  });

  test("on the ravine, momentum gets closer than SGD at the same stable η", () => {
    const run = (optimizer: OptimizerConfig) =>
      runOptimizer({ surface: "ravine", optimizer, start: [-5, 1], steps: 100 }).distanceToMinimum;
    expect(run({ kind: "momentum", lr: 0.03, beta: 0.9 })).toBeLessThan(run({ kind: "sgd", lr: 0.03 }) / 10);
  });

  test.each([
    { kind: "adam", lr: 0.02 },
    { kind: "adamw", lr: 0.02, weightDecay: 0 },
    { kind: "momentum", lr: 0.0005, beta: 0.9 },
  ] satisfies OptimizerConfig[])("$kind lowers Rosenbrock from (−1.5, 2)", (optimizer) => {
    const r = runOptimizer({ surface: "rosenbrock", optimizer, start: [-1.5, 2], steps: 2000 });
    expect(r.diverged).toBe(false);
    expect(r.final.value).toBeLessThan(r.trajectory[0]!.value / 10);
  });

  test("Adam trajectories carry m, v, m̂, v̂ per step; momentum carries its velocity", () => {
    const adam = runOptimizer({ surface: "bowl", optimizer: { kind: "adam", lr: 0.1 }, start: [1, 1], steps: 3 });
    expect(adam.trajectory.slice(1).map((s) => s.adam!.t)).toEqual([1, 2, 3]);
    const mom = runOptimizer({ surface: "bowl", optimizer: { kind: "momentum", lr: 0.1 }, start: [1, 1], steps: 2 });
    expect(mom.trajectory[1]!.velocity).toEqual([1, 1]);
  });
});

describe("input validation", () => {
  test.each([
    { label: "lr 0", run: () => optimizerStep({ kind: "sgd", lr: 0 }, [0, 0], [1, 1]), field: "lr" },
    { label: "lr NaN", run: () => optimizerStep({ kind: "sgd", lr: NaN }, [0, 0], [1, 1]), field: "lr" },
    { label: "β = 1", run: () => optimizerStep({ kind: "momentum", lr: 0.1, beta: 1 }, [0, 0], [1, 1]), field: "beta" },
    {
      label: "β₂ > 1",
      run: () => optimizerStep({ kind: "adam", lr: 0.1, beta2: 1.5 }, [0, 0], [1, 1]),
      field: "beta2",
    },
    { label: "ε ≤ 0", run: () => optimizerStep({ kind: "adam", lr: 0.1, eps: 0 }, [0, 0], [1, 1]), field: "eps" },
    {
      label: "negative decay",
      run: () => optimizerStep({ kind: "adamw", lr: 0.1, weightDecay: -1 }, [0, 0], [1, 1]),
      field: "weightDecay",
    },
    {
      label: "Infinity gradient",
      run: () => optimizerStep({ kind: "sgd", lr: 0.1 }, [0, 0], [Infinity, 1]),
      field: "grad[0]",
    },
    {
      label: "unknown optimizer",
      run: () => optimizerStep({ kind: "lion", lr: 0.1 } as unknown as OptimizerConfig, [0, 0], [1, 1]),
      field: "optimizer",
    },
    {
      label: "start off the map",
      run: () => runOptimizer({ surface: "bowl", optimizer: { kind: "sgd", lr: 0.1 }, start: [1e9, 0], steps: 1 }),
      field: "start[0]",
    },
    {
      label: "too many steps",
      run: () => runOptimizer({ surface: "bowl", optimizer: { kind: "sgd", lr: 0.1 }, start: [1, 0], steps: 1e6 }),
      field: "steps",
    },
    {
      label: "Adam's g² overflows",
      run: () => optimizerStep({ kind: "adam", lr: 0.1 }, [0, 0], [1e200, 1]),
      field: "grad",
    },
    {
      label: "negative Adam v in the state",
      run: () => optimizerStep({ kind: "adam", lr: 0.1 }, [0, 0], [1, 1], { ...initialState(), v: [0, -1] }),
      field: "state.v",
    },
    {
      label: "fractional state.t",
      run: () => optimizerStep({ kind: "adam", lr: 0.1 }, [0, 0], [1, 1], { ...initialState(), t: 0.5 }),
      field: "state.t",
    },
    { label: "ravine κ < 1", run: () => evaluateSurface("ravine", [0, 0], { condition: 0.5 }), field: "condition" },
    { label: "unknown surface", run: () => evaluateSurface("saddle" as SurfaceName, [0, 0]), field: "surface" },
  ])("$label → field $field", ({ run, field }) => expectField(run, field));
});

// The optimizer calculator renders the path's points at full precision into its server HTML, and the browser
// recomputes them while hydrating. With `β ** t` for Adam's bias correction, Node 20 and Chromium 156 disagreed in
// the last bits (0.9 ** 4 is 0.6561000000000001 in one and 0.6561 in the other), so the hydration render's SVG
// attributes differed from the server's: a hydration warning on the calculator's default (Adam) state.
describe("Adam's bias correction is computed the same in every JavaScript engine", () => {
  test.each([
    { label: "t = 0", base: 0.9, t: 0, expected: 1 },
    { label: "t = 1", base: 0.999, t: 1, expected: 0.999 },
    // Pinned from a Chromium 156 run, which gives the same; its own 0.9 ** 4 is 0.6561, Node's 0.6561000000000001.
    { label: "0.9⁴", base: 0.9, t: 4, expected: 0.6561000000000001 },
    { label: "0.999¹⁰", base: 0.999, t: 10, expected: 0.9900448802097483 },
  ])("powStep: $label, by multiplications only", ({ base, t, expected }) => {
    expect(powStep(base, t)).toBe(expected);
  });

  test("powStep stays within a few ulps per step of the true power", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 5000 }), (base, t) => {
        const want = base ** t;
        expect(Math.abs(powStep(base, t) - want)).toBeLessThanOrEqual(Math.max(want * 4e-16 * (t + 1), 1e-300));
      }),
    );
  });

  test("the calculator's default Adam run lands on the points Chromium computes (pinned from a browser run)", () => {
    const r = runOptimizer({
      surface: "ravine",
      optimizer: { kind: "adam", lr: 0.1, beta1: 0.9, beta2: 0.999 },
      start: [-4, 1.5],
      steps: 30,
    });
    expect(r.trajectory[4]!.params).toEqual([-3.600653220897971, 1.1021989351932666]);
    expect(r.final.params).toEqual([-1.2757408485883717, -0.2680158262662123]);
  });
});
