import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  compareInits,
  heInit,
  INIT_SCHEMES,
  initDistribution,
  simulateDepth,
  xavierInit,
  type InitScheme,
} from "@/lib/calculators/initialization";
import { expectField } from "./helpers";

describe("init formulas: known values", () => {
  test.each([
    { label: "He normal std, fan-in 512 = √(2/512) = 0.0625", actual: () => heInit(512).normalStd, expected: 0.0625 },
    {
      label: "He uniform bound, fan-in 512 = √(6/512)",
      actual: () => heInit(512).uniformBound,
      expected: 0.10825317547305482,
    },
    { label: "He variance, fan-in 8 = ¼", actual: () => heInit(8).variance, expected: 0.25 },
    {
      label: "Xavier normal std, 256 → 256 = √(2/512)",
      actual: () => xavierInit(256, 256).normalStd,
      expected: 0.0625,
    },
    {
      label: "Xavier uniform bound, 100 → 200 = √(6/300)",
      actual: () => xavierInit(100, 200).uniformBound,
      expected: Math.sqrt(0.02),
    },
    {
      label: "Xavier with tanh gain 5/3, 50 → 50",
      actual: () => xavierInit(50, 50, 5 / 3).normalStd,
      expected: (5 / 3) * Math.sqrt(0.02),
    },
    {
      label: "LeCun normal std, fan-in 100 = 0.1",
      actual: () => initDistribution("lecun_normal", 100, 7).scale,
      expected: 0.1,
    },
    {
      label: "small_normal std is fixed at 0.01",
      actual: () => initDistribution("small_normal", 9, 9).scale,
      expected: 0.01,
    },
  ])("$label", ({ actual, expected }) => {
    expect(actual()).toBeCloseTo(expected, 15);
  });

  test("formulas show the substituted numbers", () => {
    expect(heInit(512).formula.normalStd).toBe("\\sigma = \\sqrt{\\frac{2}{512}} = 0.0625");
    expect(xavierInit(100, 200).formula.uniformBound).toContain("\\frac{6}{100 + 200}");
  });

  test("every scheme: a uniform bound a has variance a²/3, a normal std σ has σ²", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INIT_SCHEMES),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (s, fi, fo) => {
          const d = initDistribution(s, fi, fo);
          const implied = d.distribution === "uniform" ? d.scale ** 2 / 3 : d.scale ** 2;
          expect(implied).toBeCloseTo(d.variance, 14);
        },
      ),
    );
  });
});

describe("simulateDepth: 10 layers of width 256", () => {
  const run = (scheme: InitScheme, activation: "tanh" | "relu") =>
    simulateDepth({ scheme, activation, width: 256, depth: 10, batch: 16, seed: 7 });

  test("is deterministic in the seed", () => {
    const a = simulateDepth({ scheme: "he_uniform", activation: "relu", width: 32, depth: 3, batch: 8, seed: 1 });
    const b = simulateDepth({ scheme: "he_uniform", activation: "relu", width: 32, depth: 3, batch: 8, seed: 1 });
    const c = simulateDepth({ scheme: "he_uniform", activation: "relu", width: 32, depth: 3, batch: 8, seed: 2 });
    expect(a).toEqual(b);
    expect(c.layers[0]!.preActivationVariance).not.toBe(a.layers[0]!.preActivationVariance);
  });

  test("ReLU + He keeps E[a²] about level; ReLU + Xavier halves it each layer", () => {
    const [xavier, he] = compareInits({
      activation: "relu",
      width: 256,
      depth: 10,
      batch: 16,
      seed: 7,
      schemes: ["xavier_normal", "he_normal"],
    });
    const ratio = (s: typeof he) => s!.layers[9]!.activationMeanSquare / s!.layers[0]!.activationMeanSquare;
    expect(ratio(he)).toBeGreaterThan(0.4);
    expect(ratio(he)).toBeLessThan(2.5);
    expect(ratio(xavier)).toBeLessThan(0.01); // ≈ 2⁻⁹
    expect(he!.layers[0]!.preActivationVariance).toBeCloseTo(2, 0); // fan_in·(2/fan_in)·E[x²] = 2
    expect(he!.layers[0]!.flatFraction).toBeCloseTo(0.5, 1); // half the ReLUs are off
  });

  test("tanh + Xavier shrinks slowly; N(0, 0.01²) vanishes", () => {
    const xavier = run("xavier_normal", "tanh");
    const small = run("small_normal", "tanh");
    expect(xavier.layers[9]!.activationVariance).toBeGreaterThan(0.02);
    expect(xavier.layers[9]!.activationVariance).toBeLessThan(xavier.layers[0]!.activationVariance);
    expect(small.varianceRatio).toBeLessThan(1e-10);
    expect(
      small.layers.every((l, i) => i === 0 || l.activationVariance < small.layers[i - 1]!.activationVariance),
    ).toBe(true);
  });

  test("schemes compared at one seed see the same input", () => {
    const [a, b] = compareInits({
      activation: "tanh",
      width: 16,
      depth: 2,
      batch: 4,
      seed: 3,
      schemes: ["he_normal", "small_normal"],
    });
    expect(a!.inputVariance).toBe(b!.inputVariance);
  });
});

describe("input validation", () => {
  test.each([
    { label: "fan-in 0", run: () => heInit(0), field: "fanIn" },
    { label: "fractional fan-in", run: () => heInit(2.5), field: "fanIn" },
    { label: "NaN fan-out", run: () => xavierInit(3, NaN), field: "fanOut" },
    { label: "gain 0", run: () => xavierInit(3, 3, 0), field: "gain" },
    { label: "unknown scheme", run: () => initDistribution("orthogonal" as InitScheme, 3, 3), field: "scheme" },
    {
      label: "non-integer seed",
      run: () => simulateDepth({ scheme: "he_normal", activation: "relu", width: 4, depth: 1, seed: 0.5 }),
      field: "seed",
    },
    {
      label: "too much work",
      run: () =>
        simulateDepth({ scheme: "he_normal", activation: "relu", width: 1024, depth: 200, batch: 1024, seed: 1 }),
      field: "depth",
    },
    {
      label: "width 0",
      run: () => simulateDepth({ scheme: "he_normal", activation: "relu", width: 0, seed: 1 }),
      field: "width",
    },
    {
      label: "unknown activation",
      run: () => simulateDepth({ scheme: "he_normal", activation: "gelu" as "relu", seed: 1 }),
      field: "activation",
    },
  ])("$label → field $field", ({ run, field }) => expectField(run, field));
});
