import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { batchNorm, layerNorm, type Matrix } from "@/lib/calculators/normalization";
import { expectField } from "./helpers";

/**
 * Worked by hand:
 *   column 0 = (1, 3, 5): μ = 3, σ² = (4 + 0 + 4)/3 = 8/3, x̂ = (−2, 0, 2)/√(8/3) = (−√1.5, 0, √1.5)
 *   column 1 = (2, 2, 8): μ = 4, σ² = (4 + 4 + 16)/3 = 8,   x̂ = (−2, −2, 4)/√8 = (−1/√2, −1/√2, √2)
 *   rows: (1, 2): μ = 1.5, σ² = ¼ → (−1, 1);  (3, 2) → (1, −1);  (5, 8): μ = 6.5, σ² = 2.25 → (−1, 1)
 */
const X: Matrix = [
  [1, 2],
  [3, 2],
  [5, 8],
];
const r15 = Math.sqrt(1.5);

function expectMatrix(actual: Matrix, expected: Matrix, digits = 12) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((row, i) => row.forEach((v, j) => expect(actual[i]![j]).toBeCloseTo(v, digits)));
}

describe("BatchNorm on the hand-worked 3×2 matrix", () => {
  test.each([
    {
      label: "γ = 1, β = 0",
      gamma: [1, 1],
      beta: [0, 0],
      output: [
        [-r15, -Math.SQRT1_2],
        [0, -Math.SQRT1_2],
        [r15, Math.SQRT2],
      ],
    },
    {
      label: "γ = (2, 1), β = (0, 1)",
      gamma: [2, 1],
      beta: [0, 1],
      output: [
        [-2 * r15, 1 - Math.SQRT1_2],
        [0, 1 - Math.SQRT1_2],
        [2 * r15, 1 + Math.SQRT2],
      ],
    },
  ])("$label", ({ gamma, beta, output }) => {
    const r = batchNorm(X, { gamma, beta, eps: 0 });
    expect(r.axis).toBe(0);
    expect(r.statistics).toBe("batch");
    expect(r.mean).toEqual([3, 4]);
    expect(r.variance[0]).toBeCloseTo(8 / 3, 14);
    expect(r.variance[1]).toBeCloseTo(8, 14);
    expectMatrix(r.normalized, [
      [-r15, -Math.SQRT1_2],
      [0, -Math.SQRT1_2],
      [r15, Math.SQRT2],
    ]);
    expectMatrix(r.output, output);
  });

  test("running averages: momentum 0.1 from (μ 0, σ² 1), variance unbiased (÷ n − 1)", () => {
    const r = batchNorm(X, { eps: 0, momentum: 0.1 });
    expect(r.unbiasedVariance![0]).toBeCloseTo(4, 14);
    expect(r.unbiasedVariance![1]).toBeCloseTo(12, 14);
    expect(r.runningAfter.mean[0]).toBeCloseTo(0.3, 14);
    expect(r.runningAfter.mean[1]).toBeCloseTo(0.4, 14);
    expect(r.runningAfter.variance[0]).toBeCloseTo(1.3, 14);
    expect(r.runningAfter.variance[1]).toBeCloseTo(2.1, 14);
    expect(r.runningBefore).toEqual({ mean: [0, 0], variance: [1, 1] });
  });

  test("inference uses the running statistics, not the batch's", () => {
    const r = batchNorm(X, { mode: "inference", eps: 0, running: { mean: [1, 2], variance: [4, 1] } });
    expect(r.statistics).toBe("running");
    expectMatrix(r.normalized, [
      [0, 0],
      [1, 0],
      [2, 6],
    ]);
    expect(r.runningAfter).toEqual(r.runningBefore);
    expect(r.unbiasedVariance).toBeNull();
  });

  test("inference with the batch's own statistics reproduces training output", () => {
    const train = batchNorm(X, { eps: 1e-5 });
    const infer = batchNorm(X, {
      mode: "inference",
      eps: 1e-5,
      running: { mean: train.mean, variance: train.variance },
    });
    expectMatrix(infer.output, train.output, 14);
  });

  test("default ε = 1e-5 shrinks x̂ slightly", () => {
    const r = batchNorm(X);
    expect(r.eps).toBe(1e-5);
    expect(r.normalized[2]![0]).toBeCloseTo(2 / Math.sqrt(8 / 3 + 1e-5), 14);
    expect(r.formula).toContain("\\sqrt{");
  });
});

describe("LayerNorm on the hand-worked 3×2 matrix", () => {
  test("per-row statistics", () => {
    const r = layerNorm(X, { eps: 0 });
    expect(r.axis).toBe(1);
    expect(r.mean).toEqual([1.5, 2.5, 6.5]);
    expect(r.variance).toEqual([0.25, 0.25, 2.25]);
    expectMatrix(r.normalized, [
      [-1, 1],
      [1, -1],
      [-1, 1],
    ]);
  });

  test("γ, β are per feature", () => {
    const r = layerNorm(X, { eps: 0, gamma: [3, 1], beta: [1, -1] });
    expectMatrix(r.output, [
      [-2, 0],
      [4, -2],
      [-2, 0],
    ]);
  });
});

const matrixArb = fc.tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 6 })).chain(([n, d]) =>
  fc.array(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: d, maxLength: d }), {
    minLength: n,
    maxLength: n,
  }),
);

describe("normalization properties", () => {
  const spread = (v: number[]) => Math.max(...v) - Math.min(...v);

  test("BatchNorm (train, ε = 0): every non-constant column has mean 0 and variance 1", () => {
    fc.assert(
      fc.property(matrixArb, (x) => {
        const cols = x[0]!.map((_, j) => x.map((r) => r[j]!));
        fc.pre(cols.every((c) => spread(c) > 1e-3));
        const r = batchNorm(x, { eps: 0 });
        cols.forEach((_, j) => {
          const c = r.normalized.map((row) => row[j]!);
          const m = c.reduce((a, b) => a + b, 0) / c.length;
          const v = c.reduce((a, b) => a + (b - m) ** 2, 0) / c.length;
          expect(Math.abs(m)).toBeLessThan(1e-9);
          expect(Math.abs(v - 1)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 100 },
    );
  });

  test("LayerNorm (ε = 0): every non-constant row has mean 0 and variance 1", () => {
    fc.assert(
      fc.property(matrixArb, (x) => {
        fc.pre(x.every((row) => spread(row) > 1e-3));
        const r = layerNorm(x, { eps: 0 });
        r.normalized.forEach((row) => {
          const m = row.reduce((a, b) => a + b, 0) / row.length;
          const v = row.reduce((a, b) => a + (b - m) ** 2, 0) / row.length;
          expect(Math.abs(m)).toBeLessThan(1e-9);
          expect(Math.abs(v - 1)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe("input validation", () => {
  test.each([
    { label: "empty matrix", run: () => batchNorm([]), field: "x" },
    { label: "ragged rows", run: () => layerNorm([[1, 2], [3]]), field: "x[1]" },
    { label: "NaN entry", run: () => layerNorm([[1, NaN]]), field: "x[0][1]" },
    { label: "γ wrong length", run: () => batchNorm(X, { gamma: [1] }), field: "gamma" },
    { label: "Infinity β", run: () => batchNorm(X, { beta: [0, Infinity] }), field: "beta[1]" },
    { label: "negative ε", run: () => batchNorm(X, { eps: -1 }), field: "eps" },
    {
      label: "ε = 0 on a constant column",
      run: () =>
        batchNorm(
          [
            [1, 2],
            [1, 3],
          ],
          { eps: 0 },
        ),
      field: "eps",
    },
    { label: "one row in training", run: () => batchNorm([[1, 2]]), field: "x" },
    { label: "overflowing variance", run: () => layerNorm([[1e200, -1e200]]), field: "x" },
    { label: "overflowing BatchNorm column", run: () => batchNorm([[1e300], [-1e300]]), field: "x" },
    { label: "momentum > 1", run: () => batchNorm(X, { momentum: 2 }), field: "momentum" },
    {
      label: "negative running variance",
      run: () => batchNorm(X, { mode: "inference", running: { mean: [0, 0], variance: [1, -1] } }),
      field: "running.variance[1]",
    },
  ])("$label → field $field", ({ run, field }) => expectField(run, field));
});

describe("a constant group (a feature or a row with one value throughout)", () => {
  // Its variance is 0 exactly. Summed in floating point, 0.1 + 0.1 + 0.1 = 0.30000000000000004 gave a mean a hair
  // above 0.1 and a variance of 2e-34, so with ε = 0 each entry normalized to −1 instead of being refused, and with
  // ε > 0 to ±4e-15 instead of 0.
  const constant = fc
    .record({
      value: fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }),
      count: fc.integer({ min: 2, max: 8 }),
    })
    .map(({ value, count }) => new Array<number>(count).fill(value));

  test.each([
    { label: "LayerNorm, one row", run: (v: number[], eps: number) => layerNorm([v], { eps }), field: "eps" },
    {
      label: "BatchNorm, one column",
      run: (v: number[], eps: number) =>
        batchNorm(
          v.map((x) => [x]),
          { eps },
        ),
      field: "eps",
    },
  ])("$label: refused with ε = 0, normalized to exactly 0 with ε > 0", ({ run, field }) => {
    fc.assert(
      fc.property(constant, (v) => {
        expectField(() => run(v, 0), field);
        const r = run(v, 1e-5);
        expect(r.variance).toEqual([0]);
        expect(r.mean).toEqual([v[0]! + 0]);
        expect(r.normalized.flat().every((h) => h === 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    { label: "three times 0.1", values: [0.1, 0.1, 0.1] },
    { label: "five times 0.7", values: [0.7, 0.7, 0.7, 0.7, 0.7] },
    { label: "six times 1/3", values: new Array<number>(6).fill(1 / 3) },
  ])("$label has variance 0", ({ values }) => {
    expect(layerNorm([values]).variance).toEqual([0]);
    expect(batchNorm(values.map((x) => [x])).variance).toEqual([0]);
  });
});
