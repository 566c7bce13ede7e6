import { describe, expect, test } from "vitest";
import { DATASET_KINDS, PLANE, generateDataset } from "@/lib/playground/datasets";

describe("datasets", () => {
  test.each(DATASET_KINDS)("%s: seeded, split, balanced and inside the plane", (kind) => {
    const opts = { kind, size: 200, noise: 0.1, testFraction: 0.3, seed: 4 };
    const a = generateDataset(opts);
    expect(generateDataset(opts)).toEqual(a);
    expect(generateDataset({ ...opts, seed: 5 })).not.toEqual(a);
    expect(a.test).toHaveLength(60);
    expect(a.train).toHaveLength(140);
    const all = [...a.train, ...a.test];
    expect(all.filter((p) => p.label === 1)).toHaveLength(100);
    expect(all.every((p) => Math.abs(p.x) <= PLANE && Math.abs(p.y) <= PLANE)).toBe(true);
  });

  test("noise-free XOR: class 1 exactly where x·y < 0", () => {
    const { train, test: held } = generateDataset({ kind: "xor", size: 100, noise: 0, testFraction: 0.2, seed: 1 });
    for (const p of [...train, ...held]) expect(p.x * p.y < 0).toBe(p.label === 1);
  });

  test("noise-free circles: the inner class is inside radius 0.45, the outer beyond 0.65", () => {
    const { train } = generateDataset({ kind: "circles", size: 100, noise: 0, testFraction: 0, seed: 2 });
    for (const p of train) {
      const r = Math.hypot(p.x, p.y);
      if (p.label === 0) expect(r).toBeLessThanOrEqual(0.45);
      else expect(r).toBeGreaterThanOrEqual(0.65);
    }
  });
});
