import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { backprop, QUANTITY_ORDER, type BackpropResult, type TwoLayerSpec } from "@/lib/engine";
import { mismatch } from "./helpers";

interface Fixture {
  torch: string;
  cases: Array<{ name: string; spec: TwoLayerSpec; expected: BackpropResult }>;
}

// Made by scripts/torch/make-fixtures.py (PyTorch autograd, float64).
const fixture = JSON.parse(readFileSync(path.join(__dirname, "fixtures", "torch-backprop.json"), "utf8")) as Fixture;

/** |engine − torch| ≤ 1e-9·max(1, |torch|): absolute near zero, relative for large values. */
const TOL = 1e-9;

describe("agreement with PyTorch autograd (float64)", () => {
  test("the fixture covers every hidden activation, head, and the edge cases", () => {
    const cases = fixture.cases;
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const hidden of ["identity", "relu", "sigmoid", "tanh"]) {
      expect(cases.some((c) => c.spec.hidden === hidden)).toBe(true);
    }
    expect(cases.some((c) => c.spec.b2.some((b) => Math.abs(b) === 1000))).toBe(true);
    expect(cases.some((c) => c.spec.hidden === "relu" && c.expected.z1.flat().includes(0))).toBe(true);
    expect(cases.some((c) => c.spec.output === "relu" && c.expected.z2.flat().includes(0))).toBe(true);
  });

  test.each(fixture.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = backprop(c.spec);
    for (const key of QUANTITY_ORDER) {
      expect(mismatch(result[key], c.expected[key], TOL, key)).toBeNull();
    }
  });
});
