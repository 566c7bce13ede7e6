import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { CHART_BUCKETS, LossChart } from "@/components/playground/loss-chart";
import type { LossPoint } from "@/lib/playground/trainer";

/** Every path's points, [x, y] in SVG units, in the order drawn (train first, then test). */
function paths(html: string): [number, number][][] {
  return [...html.matchAll(/<path d="([^"]*)"/g)].map((m) =>
    [...m[1]!.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((p) => [Number(p[1]), Number(p[2])] as [number, number]),
  );
}

/** A slowly falling loss with one spike in train and one dip in test, over `n` epochs. */
const history = (n: number, spikeAt: number, dipAt: number): LossPoint[] =>
  Array.from({ length: n }, (_, epoch) => ({
    epoch,
    train: epoch === spikeAt ? 2 : 1 / (1 + epoch / 100),
    test: epoch === dipAt ? 0 : 1.2 / (1 + epoch / 100),
  }));

describe("LossChart on a long run", () => {
  test.each([
    { label: "10,000 epochs, spike early", n: 10_000, spikeAt: 137, dipAt: 7_001 },
    { label: "1,200 epochs, spike late", n: 1_200, spikeAt: 1_150, dipAt: 3 },
  ])("$label: a bounded path that still draws the spike and the dip", ({ n, spikeAt, dipAt }) => {
    const [train, test] = paths(
      renderToStaticMarkup(createElement(LossChart, { history: history(n, spikeAt, dipAt) })),
    );
    for (const p of [train!, test!]) {
      // Two points per bucket and the ends: under 300 segments per line, however long the run.
      expect(p.length).toBeLessThanOrEqual(Math.min(300, 2 * CHART_BUCKETS + 2));
      for (let i = 1; i < p.length; i++) expect(p[i]![0]).toBeGreaterThanOrEqual(p[i - 1]![0]);
    }
    // The spike is the highest point drawn (smallest y), at its epoch; the dip the lowest (largest y).
    const top = train!.reduce((a, q) => (q[1] < a[1] ? q : a));
    const bottom = test!.reduce((a, q) => (q[1] > a[1] ? q : a));
    const xOf = (epoch: number) => 28 + (epoch / (n - 1)) * (320 - 28 - 6);
    expect(top[0]).toBeCloseTo(xOf(spikeAt), 0);
    expect(top[1]).toBeCloseTo(12, 0); // the top of the plot: the spike sets the scale
    expect(bottom[0]).toBeCloseTo(xOf(dipAt), 0);
    expect(bottom[1]).toBeCloseTo(118, 0); // the x axis: a loss of 0
  });
});
