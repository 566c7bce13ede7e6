import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { crossEntropy, softmax } from "@/lib/calculators/softmax";
import { expectField } from "./helpers";

const logitsArb = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 });

describe("softmax: known values", () => {
  test.each([
    { label: "equal logits → uniform (k = 4)", logits: [3, 3, 3, 3], p: [0.25, 0.25, 0.25, 0.25] },
    { label: "a single logit → 1", logits: [-7], p: [1] },
    { label: "[0, ln 3] → [¼, ¾]", logits: [0, Math.log(3)], p: [0.25, 0.75] },
    { label: "[1, 2, 3]", logits: [1, 2, 3], p: [0.09003057317038046, 0.24472847105479767, 0.6652409557748219] },
  ])("$label", ({ logits, p }) => {
    const r = softmax(logits);
    r.probabilities.forEach((v, i) => expect(v).toBeCloseTo(p[i]!, 14));
    expect(r.maxSubtracted).toBe(true);
    expect(r.max).toBe(Math.max(...logits));
    expect(Math.max(...r.shifted)).toBe(0);
  });

  test("intermediates: shifted, exps, sum and logsumexp for [1, 2, 3]", () => {
    const r = softmax([1, 2, 3]);
    expect(r.shifted).toEqual([-2, -1, 0]);
    expect(r.exps[2]).toBe(1);
    expect(r.sum).toBeCloseTo(Math.exp(-2) + Math.exp(-1) + 1, 15);
    expect(r.logSumExp).toBeCloseTo(3 + Math.log(r.sum), 14);
    expect(r.naive).toMatchObject({ overflow: false, underflow: false, agrees: true });
  });
});

describe("without the max subtraction", () => {
  test.each([
    { label: "huge logits overflow e^z to ∞ (∞/∞ = NaN)", logits: [1000, 999, 0], overflow: true, underflow: false },
    { label: "very negative logits underflow to 0/0", logits: [-1000, -1001], overflow: false, underflow: true },
  ])("$label", ({ logits, overflow, underflow }) => {
    const r = softmax(logits);
    expect(r.naive.overflow).toBe(overflow);
    expect(r.naive.underflow).toBe(underflow);
    expect(r.naive.agrees).toBe(false);
    expect(r.naive.probabilities.some((p) => p === null)).toBe(true);
    // The stable version is fine: finite, sums to 1.
    expect(r.probabilities.every(Number.isFinite)).toBe(true);
    expect(r.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  test("[1000, 999, 0] stable result is [1/(1+e⁻¹), e⁻¹/(1+e⁻¹), ~0]", () => {
    const r = softmax([1000, 999, 0]);
    expect(r.naive.exps[0]).toBeNull();
    expect(r.probabilities[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 14);
    expect(r.probabilities[1]).toBeCloseTo(Math.exp(-1) / (1 + Math.exp(-1)), 14);
    expect(r.logProbabilities[2]).toBeCloseTo(-1000 - Math.log(1 + Math.exp(-1)), 10);
  });
});

describe("softmax properties", () => {
  test("sums to 1, every p in [0, 1]", () => {
    fc.assert(
      fc.property(logitsArb, (z) => {
        const p = softmax(z).probabilities;
        expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        expect(p.every((v) => v >= 0 && v <= 1)).toBe(true);
      }),
    );
  });

  test("shift-invariant: softmax(z + c) = softmax(z)", () => {
    fc.assert(
      fc.property(logitsArb, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (z, c) => {
        const p = softmax(z).probabilities;
        const q = softmax(z.map((v) => v + c)).probabilities;
        // z + c rounds each entry by up to ulp(|z| + |c|) ≈ 1e-13, which moves p by that much.
        p.forEach((v, i) => expect(Math.abs(v - q[i]!)).toBeLessThan(1e-9));
      }),
    );
  });

  test("gradient p − y sums to 0 and matches central differences of the loss", () => {
    fc.assert(
      fc.property(logitsArb, fc.nat(), (z, c) => {
        const cls = c % z.length;
        const r = crossEntropy(z, cls);
        expect(Math.abs(r.gradient.reduce((a, b) => a + b, 0))).toBeLessThan(1e-12);
        const h = 1e-5;
        z.forEach((_, i) => {
          const plus = z.map((v, j) => (j === i ? v + h : v));
          const minus = z.map((v, j) => (j === i ? v - h : v));
          const numeric = (crossEntropy(plus, cls).loss - crossEntropy(minus, cls).loss) / (2 * h);
          expect(Math.abs(numeric - r.gradient[i]!)).toBeLessThan(1e-6);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe("crossEntropy", () => {
  test.each([
    {
      label: "uniform over 4 classes: L = ln 4",
      logits: [0, 0, 0, 0],
      target: 2,
      loss: Math.log(4),
      gradient: [0.25, 0.25, -0.75, 0.25],
    },
    {
      label: "[0, ln 3], class 1: L = −ln ¾",
      logits: [0, Math.log(3)],
      target: 1,
      loss: -Math.log(0.75),
      gradient: [0.25, -0.25],
    },
    {
      label: "one-hot vector = class index",
      logits: [0, Math.log(3)],
      target: [0, 1],
      loss: -Math.log(0.75),
      gradient: [0.25, -0.25],
    },
    {
      label: "soft target [½, ½] on [0, ln 3]",
      logits: [0, Math.log(3)],
      target: [0.5, 0.5],
      loss: -(0.5 * Math.log(0.25) + 0.5 * Math.log(0.75)),
      gradient: [-0.25, 0.25],
    },
    { label: "huge logits stay finite", logits: [1000, 0], target: 1, loss: 1000, gradient: [1, -1] },
  ])("$label", ({ logits, target, loss, gradient }) => {
    const r = crossEntropy(logits, target);
    expect(r.loss).toBeCloseTo(loss, 12);
    r.gradient.forEach((g, i) => expect(g).toBeCloseTo(gradient[i]!, 12));
  });

  test("class index → one-hot target and a −log p_c formula", () => {
    const r = crossEntropy([1, 2, 3], 0);
    expect(r.target).toEqual([1, 0, 0]);
    expect(r.targetClass).toBe(0);
    expect(r.formula.loss).toContain("-\\log p_{0}");
    expect(crossEntropy([1, 2], [0.5, 0.5]).targetClass).toBeNull();
  });
});

describe("input validation", () => {
  test.each([
    { label: "empty logits", run: () => softmax([]), field: "logits" },
    { label: "NaN logit", run: () => softmax([1, NaN]), field: "logits[1]" },
    { label: "Infinity logit", run: () => softmax([Infinity]), field: "logits[0]" },
    { label: "class out of range", run: () => crossEntropy([1, 2], 2), field: "target" },
    { label: "fractional class", run: () => crossEntropy([1, 2], 0.5), field: "target" },
    { label: "target wrong length", run: () => crossEntropy([1, 2], [1]), field: "target" },
    { label: "negative target entry", run: () => crossEntropy([1, 2], [1.5, -0.5]), field: "target[1]" },
    { label: "target not summing to 1", run: () => crossEntropy([1, 2], [0.5, 0.4]), field: "target" },
  ])("$label → field $field", ({ run, field }) => expectField(run, field));
});
