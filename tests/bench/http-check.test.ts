import { describe, expect, test } from "vitest";
import { combineRuns, type LoadRun } from "../../bench/http-check";

const slice = (over: Partial<LoadRun>): LoadRun => ({
  connections: 10,
  seconds: 2,
  requests: 2000,
  requestsPerSecond: 1000,
  p50Ms: 5,
  p99Ms: 20,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  ...over,
});

describe("combineRuns", () => {
  test("adds requests over the slices' seconds, takes the median p50 and the worst p99, and counts every error", () => {
    const run = combineRuns([
      slice({ requests: 1000, p50Ms: 9, p99Ms: 30 }),
      slice({ requests: 3000, p50Ms: 4, p99Ms: 80, non2xx: 1 }),
      slice({ requests: 2000, p50Ms: 6, p99Ms: 25, errors: 2, timeouts: 1 }),
    ]);
    expect(run).toEqual({
      connections: 10,
      seconds: 6,
      requests: 6000,
      requestsPerSecond: 1000,
      p50Ms: 6,
      p99Ms: 80,
      non2xx: 1,
      errors: 2,
      timeouts: 1,
    });
  });

  test.each([
    { label: "one slice is that slice", slices: [slice({ requests: 500, seconds: 1 })], rps: 500 },
    { label: "no slice is an empty run", slices: [], rps: 0 },
  ])("$label", ({ slices, rps }) => {
    expect(combineRuns(slices).requestsPerSecond).toBe(rps);
  });
});
