import { describe, expect, test } from "vitest";
import type { HardeningBench, SpreadFigures } from "../../bench/hardening";
import { fairSpread, hardeningRows } from "../../bench/rows";

const spread = (over: Partial<SpreadFigures>): SpreadFigures => ({
  clients: 100,
  seconds: 15,
  min: 40,
  median: 50,
  max: 60,
  longestWaitMs: 800,
  failures: 0,
  firstWaitMs: 300,
  ...over,
});

const probe = (longestMs: number, failures = 0) => ({ longestMs, probes: 300, failures });

function bench(over: { hostileMs?: number; progressMs?: number; exportMs?: number; ratings?: SpreadFigures }) {
  return {
    pause: {
      idle: probe(12),
      hostile: { ...probe(over.hostileMs ?? 180), bracketsStatus: 401, importStatus: 200, importMs: 40_000 },
    },
    pages: [
      { path: "/progress", heavyMs: over.progressMs ?? 40, emptyMs: 20 },
      { path: "/review", heavyMs: 30, emptyMs: 25 },
      { path: "/api/me/export", heavyMs: over.exportMs ?? 900, emptyMs: 10 },
    ],
    heavyReviews: 100_000,
    ratings: over.ratings ?? spread({}),
    ping: spread({ min: 70, median: 75, max: 80 }),
  } satisfies HardeningBench;
}

describe("fairSpread", () => {
  test.each([
    { label: "an even spread", s: spread({}), fair: true },
    { label: "one client starved below half the median (#21: 1 answer beside 59)", s: spread({ min: 1 }), fair: false },
    { label: "a request that waited most of the run", s: spread({ longestWaitMs: 15_000 }), fair: false },
    { label: "a failed request", s: spread({ failures: 1 }), fair: false },
  ])("$label → $fair", ({ s, fair }) => {
    expect(fairSpread(s)).toBe(fair);
  });
});

describe("hardeningRows", () => {
  test("the probe pause, two pages and the spread carry targets; the export a figure only", () => {
    const rows = hardeningRows(bench({}));
    expect(rows.map((r) => [r.measure.split(" ")[0] + " " + (r.measure.split(" ")[1] ?? ""), r.met])).toEqual([
      ["longest probe", true],
      ["GET /progress", true],
      ["GET /review", true],
      ["GET /api/me/export", null],
      ["POST /api/reviews", true],
    ]);
    expect(rows[0]!.baseline).toBe("idle server: 12.0 ms over 300 probes");
  });

  test.each([
    { label: "a 300 ms pause", over: { hostileMs: 300 }, row: 0 },
    { label: "a 120 ms progress page", over: { progressMs: 120 }, row: 1 },
    { label: "a starved client", over: { ratings: spread({ min: 3 }) }, row: 4 },
  ])("$label misses its target", ({ over, row }) => {
    expect(hardeningRows(bench(over))[row]!.met).toBe(false);
  });
});
