import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { downsampleMinMax, minMaxIndices } from "@/lib/playground/downsample";

interface P {
  x: number;
  a: number;
  b: number;
}
const X = (p: P) => p.x;
const A = (p: P) => p.a;
const B = (p: P) => p.b;

/** A series at x = 0, 1, 2, … of arbitrary finite values in two columns, and a bucket count. */
const series = fc
  .array(fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
    minLength: 1,
    maxLength: 2000,
  })
  .map((rows) => rows.map(([a, b], x): P => ({ x, a, b })));
const bucketCount = fc.integer({ min: 1, max: 100 });

describe("minMaxIndices (properties)", () => {
  test("bounded, in order, first and last kept, every global min and max kept", () => {
    fc.assert(
      fc.property(series, bucketCount, fc.constantFrom([A], [A, B]), (points, buckets, values) => {
        const idx = minMaxIndices(points, buckets, X, values);
        expect(idx.length).toBeLessThanOrEqual(Math.min(points.length, 2 * buckets * values.length + 2));
        for (let i = 1; i < idx.length; i++) expect(idx[i]!).toBeGreaterThan(idx[i - 1]!);
        expect(idx[0]).toBe(0);
        expect(idx.at(-1)).toBe(points.length - 1);
        const kept = idx.map((i) => points[i]!);
        for (const v of values) {
          const all = points.map(v);
          expect(Math.min(...kept.map(v))).toBe(Math.min(...all));
          expect(Math.max(...kept.map(v))).toBe(Math.max(...all));
        }
      }),
      { numRuns: 300 },
    );
  });

  test("each of the equal x spans keeps its own lowest and highest value (the shape)", () => {
    fc.assert(
      fc.property(series, bucketCount, (points, buckets) => {
        const kept = downsampleMinMax(points, buckets, X, [A]);
        if (kept.length === points.length) return;
        const last = points.at(-1)!.x;
        const span = (p: P) => Math.min(buckets - 1, Math.floor((p.x / last) * buckets));
        for (let k = 0; k < buckets; k++) {
          const inSpan = points.filter((p) => span(p) === k).map(A);
          if (inSpan.length === 0) continue;
          const keptIn = kept.filter((p) => span(p) === k).map(A);
          expect(Math.min(...keptIn)).toBe(Math.min(...inSpan));
          expect(Math.max(...keptIn)).toBe(Math.max(...inSpan));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("minMaxIndices (examples)", () => {
  const spiky = Array.from({ length: 1000 }, (_, x): P => ({ x, a: x === 617 ? 50 : x === 333 ? -50 : 1, b: 0 }));
  test.each([
    {
      label: "a one-point spike and a one-point dip survive 10 buckets",
      points: spiky,
      buckets: 10,
      keeps: [333, 617],
    },
    {
      label: "a short series is kept whole",
      points: spiky.slice(0, 20),
      buckets: 10,
      keeps: Array.from({ length: 20 }, (_, i) => i),
    },
    { label: "a single point is kept", points: spiky.slice(0, 1), buckets: 3, keeps: [0] },
  ])("$label", ({ points, buckets, keeps }) => {
    const idx = minMaxIndices(points, buckets, X, [A]);
    for (const i of keeps) expect(idx).toContain(i);
  });

  test("points with a non-finite value are never a bucket's extreme, but the ends stay", () => {
    const points = Array.from({ length: 100 }, (_, x): P => ({ x, a: x % 7 === 0 ? Infinity : x, b: NaN }));
    const kept = downsampleMinMax(points, 4, X, [A, B]);
    expect(kept[0]).toBe(points[0]);
    expect(kept.at(-1)).toBe(points[99]);
    expect(kept.slice(1, -1).every((p) => Number.isFinite(p.a))).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(2 * 4 + 2);
  });

  test("buckets are equal spans of x, not of count: a dense tail does not crowd out a sparse head", () => {
    // x = 0…99 one apart, then 1,000 points packed into x ∈ [100, 101): in count buckets the head would get one.
    const head = Array.from({ length: 100 }, (_, x): P => ({ x, a: Math.sin(x), b: 0 }));
    const tail = Array.from({ length: 1000 }, (_, i): P => ({ x: 100 + i / 1000, a: Math.sin(i), b: 0 }));
    const kept = downsampleMinMax([...head, ...tail], 20, X, [A]);
    expect(kept.filter((p) => p.x < 100).length).toBeGreaterThanOrEqual(30);
  });
});
