import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { TwoLayerSpec } from "@/lib/engine";
import { instanceFingerprint } from "@/lib/exercises/fingerprint";

const base: TwoLayerSpec = {
  x: [[0.5, -1]],
  y: [[1]],
  W1: [
    [0.1, 0.2],
    [-0.3, 0.4],
  ],
  b1: [0, 0.1],
  W2: [[0.5], [-0.5]],
  b2: [0.2],
  hidden: "relu",
  output: "sigmoid",
  loss: "bce",
};

describe("instanceFingerprint", () => {
  test("is 8 hexadecimal digits and the same for equal numbers built separately", () => {
    const key = instanceFingerprint(base);
    expect(key).toMatch(/^[0-9a-f]{8}$/);
    expect(instanceFingerprint(structuredClone(base))).toBe(key);
  });

  test.each([
    { label: "an input", change: (s: TwoLayerSpec) => ({ ...s, x: [[0.5, -1.01]] }) },
    { label: "a target", change: (s: TwoLayerSpec) => ({ ...s, y: [[0]] }) },
    { label: "a first-layer bias", change: (s: TwoLayerSpec) => ({ ...s, b1: [0.1, 0] }) },
    { label: "the hidden activation", change: (s: TwoLayerSpec) => ({ ...s, hidden: "tanh" as const }) },
    { label: "the loss", change: (s: TwoLayerSpec) => ({ ...s, output: "identity" as const, loss: "mse" as const }) },
  ])("changes when $label changes", ({ change }) => {
    expect(instanceFingerprint(change(base))).not.toBe(instanceFingerprint(base));
  });

  test("ignores property order", () => {
    const { loss, output, hidden, ...rest } = base;
    expect(instanceFingerprint({ loss, output, hidden, ...rest })).toBe(instanceFingerprint(base));
  });

  test("property: changing any one weight of W1 changes the key", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 1 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (i, j, v) => {
          fc.pre(v !== base.W1[i]![j]);
          const W1 = base.W1.map((row, r) => row.map((w, c) => (r === i && c === j ? v : w)));
          expect(instanceFingerprint({ ...base, W1 })).not.toBe(instanceFingerprint(base));
        },
      ),
    );
  });
});
