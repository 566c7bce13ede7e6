import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  ACCEPTABLE_REL_ERROR,
  diagnoseCurve,
  errorCurve,
  SWEEP_EPS,
  type CurvePoint,
  type EpsCause,
} from "@/lib/calculators/eps-sweep";
import { expectField } from "./helpers";

/** A textbook central-difference error: round-off a/ε plus truncation b·ε², plus a constant c a bug would add. */
const vCurve =
  (a: number, b: number, c = 0) =>
  (eps: number) =>
    a / eps + b * eps * eps + c;

describe("the ε grid", () => {
  test("half a decade apart from 1e-14 to 1, increasing", () => {
    expect(SWEEP_EPS).toHaveLength(29);
    expect(SWEEP_EPS[0]).toBe(1e-14);
    expect(SWEEP_EPS.at(-1)).toBe(1);
    expect(SWEEP_EPS[1]).toBe(3.16e-14);
    for (let i = 1; i < SWEEP_EPS.length; i++) expect(SWEEP_EPS[i]).toBeGreaterThan(SWEEP_EPS[i - 1]!);
  });
});

describe("errorCurve", () => {
  test("adds the chosen ε in order, once, and calls check at each ε", () => {
    const seen: number[] = [];
    const curve = errorCurve(
      (eps) => {
        seen.push(eps);
        return eps;
      },
      2e-3,
      [1e-4, 1e-3, 1e-2],
    );
    expect(curve.map((p) => p.eps)).toEqual([1e-4, 1e-3, 2e-3, 1e-2]);
    expect(curve.map((p) => p.relError)).toEqual([1e-4, 1e-3, 2e-3, 1e-2]);
    expect(errorCurve((eps) => eps, 1e-3, [1e-4, 1e-3])).toHaveLength(2);
    expect(seen).toHaveLength(4);
  });

  test.each([
    { label: "ε of 0", run: () => errorCurve(() => 0, 0), field: "eps" },
    { label: "a NaN error", run: () => errorCurve(() => NaN, 1e-5), field: "relError" },
  ])("$label → field $field", ({ run, field }) => expectField(run, field));
});

describe("diagnoseCurve on a V-shaped curve (best ε near 1e-5)", () => {
  // a = 1e-16, b = 1e-2: the minimum lies at ε = (a / 2b)^(1/3) ≈ 1.7e-5, error ≈ 1e-11; 1e-4 at ε = 1e-12, 1e-2 at 1.
  const check = vCurve(1e-16, 1e-2);
  test.each([
    { label: "a tiny ε (round-off)", eps: 1e-13, cause: "eps-too-small" },
    { label: "ε = 1e-12", eps: 1e-12, cause: "eps-too-small" },
    { label: "ε at the bottom", eps: 1e-4, cause: "agrees" },
    { label: "ε = 1 (truncation)", eps: 1, cause: "eps-too-large" },
    { label: "ε beyond the grid", eps: 5, cause: "eps-too-large" },
  ] satisfies { label: string; eps: number; cause: EpsCause }[])("$label → $cause", ({ eps, cause }) => {
    const curve = errorCurve(check, eps);
    const d = diagnoseCurve(curve, eps);
    expect(d.cause).toBe(cause);
    expect(d.chosen.eps).toBe(eps);
    expect(d.best.relError).toBe(Math.min(...curve.map((p) => p.relError)));
    expect(d.goodRange).not.toBeNull();
    expect(d.goodRange!.from).toBeLessThanOrEqual(d.best.eps);
    expect(d.goodRange!.to).toBeGreaterThanOrEqual(d.best.eps);
    if (cause !== "agrees") {
      expect(d.explanation).not.toMatch(/bug/);
      expect(d.explanation).toContain("backward pass is right");
      // The chosen ε lies in the region named for its cause.
      const region = cause === "eps-too-small" ? d.roundOff! : d.truncation!;
      expect(eps).toBeGreaterThanOrEqual(region.from);
      expect(eps).toBeLessThanOrEqual(region.to);
    }
  });

  test("round-off to the left of the good range, truncation to the right, meeting it at its ends", () => {
    const d = diagnoseCurve(errorCurve(check, 1e-5), 1e-5);
    expect(d.roundOff).toEqual({ from: 1e-14, to: d.goodRange!.from });
    expect(d.truncation).toEqual({ from: d.goodRange!.to, to: 1 });
  });
});

describe("diagnoseCurve when even the best ε is off", () => {
  test.each([
    { label: "a flat error (a bug)", nearKink: false, cause: "bug", says: "backward pass has a bug" },
    { label: "a flat error at a ReLU kink", nearKink: true, cause: "kink", says: "not a bug" },
  ] satisfies { label: string; nearKink: boolean; cause: EpsCause; says: string }[])(
    "$label → $cause",
    ({ nearKink, cause, says }) => {
      for (const eps of [1e-12, 1e-5, 1]) {
        const d = diagnoseCurve(errorCurve(vCurve(1e-16, 1e-2, 0.05), eps), eps, { nearKinkAt: () => nearKink });
        expect(d.cause).toBe(cause);
        expect(d.explanation).toContain(says);
        expect([d.goodRange, d.roundOff, d.truncation]).toEqual([null, null, null]);
      }
    },
  );

  test("a curve without the chosen ε is refused", () => {
    expect(() => diagnoseCurve([{ eps: 1, relError: 0 }], 2)).toThrow(RangeError);
  });
});

describe("diagnoseCurve, properties over V curves", () => {
  const roundOff = fc.double({ min: 1e-18, max: 1e-12, noNaN: true });
  const truncation = fc.double({ min: 1e-8, max: 1, noNaN: true });
  const chosen = fc.constantFrom(...SWEEP_EPS);

  test("only blames the backward pass when the error is large even at the best ε", () => {
    fc.assert(
      fc.property(roundOff, truncation, fc.double({ min: 0, max: 1, noNaN: true }), chosen, (a, b, c, eps) => {
        const curve: CurvePoint[] = errorCurve(vCurve(a, b, c), eps);
        const d = diagnoseCurve(curve, eps);
        const bestError = Math.min(...curve.map((p) => p.relError));
        expect(d.cause === "bug").toBe(bestError >= ACCEPTABLE_REL_ERROR);
        if (d.cause === "eps-too-small") expect(eps).toBeLessThan(d.best.eps);
        if (d.cause === "eps-too-large") expect(eps).toBeGreaterThan(d.best.eps);
        if (d.cause === "agrees") expect(d.chosen.relError).toBeLessThan(ACCEPTABLE_REL_ERROR);
      }),
      { numRuns: 300 },
    );
  });

  test("a bad chosen ε on a clean curve always lies outside the good range, in its cause's region", () => {
    fc.assert(
      fc.property(roundOff, truncation, chosen, (a, b, eps) => {
        const d = diagnoseCurve(errorCurve(vCurve(a, b), eps), eps);
        if (d.cause !== "eps-too-small" && d.cause !== "eps-too-large") return;
        const region = d.cause === "eps-too-small" ? d.roundOff : d.truncation;
        expect(region).not.toBeNull();
        expect(eps < d.goodRange!.from || eps > d.goodRange!.to).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
