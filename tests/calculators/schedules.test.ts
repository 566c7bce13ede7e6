import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { learningRateAt, scheduleCurve, scheduleRange, type Schedule } from "@/lib/calculators/schedules";
import { expectField } from "./helpers";

const COSINE: Schedule = { kind: "warmup_cosine", lr: 1e-3, warmupSteps: 100, totalSteps: 1100, minLr: 1e-5 };

describe("learningRateAt: known values", () => {
  test.each([
    { label: "constant", schedule: { kind: "constant", lr: 0.1 }, step: 12345, lr: 0.1, phase: "constant" },
    {
      label: "step decay before the first drop",
      schedule: { kind: "step", lr: 0.1, stepSize: 30, gamma: 0.1 },
      step: 29,
      lr: 0.1,
      phase: "decay",
    },
    {
      label: "step decay at the first drop",
      schedule: { kind: "step", lr: 0.1, stepSize: 30, gamma: 0.1 },
      step: 30,
      lr: 0.01,
      phase: "decay",
    },
    {
      label: "step decay after two drops",
      schedule: { kind: "step", lr: 0.1, stepSize: 30, gamma: 0.5 },
      step: 75,
      lr: 0.025,
      phase: "decay",
    },
    {
      label: "linear decay start",
      schedule: { kind: "linear", lr: 0.1, totalSteps: 100 },
      step: 0,
      lr: 0.1,
      phase: "decay",
    },
    {
      label: "linear decay quarter way",
      schedule: { kind: "linear", lr: 0.1, totalSteps: 100 },
      step: 25,
      lr: 0.075,
      phase: "decay",
    },
    {
      label: "linear decay end",
      schedule: { kind: "linear", lr: 0.1, totalSteps: 100, minLr: 0.01 },
      step: 100,
      lr: 0.01,
      phase: "done",
    },
    { label: "cosine: warmup starts at 0", schedule: COSINE, step: 0, lr: 0, phase: "warmup" },
    { label: "cosine: halfway through warmup", schedule: COSINE, step: 50, lr: 5e-4, phase: "warmup" },
    { label: "cosine: peak at the end of warmup", schedule: COSINE, step: 100, lr: 1e-3, phase: "decay" },
    { label: "cosine: midpoint = (peak + min)/2", schedule: COSINE, step: 600, lr: (1e-3 + 1e-5) / 2, phase: "decay" },
    { label: "cosine: min at the last step", schedule: COSINE, step: 1100, lr: 1e-5, phase: "done" },
    { label: "cosine: holds min past the end", schedule: COSINE, step: 5000, lr: 1e-5, phase: "done" },
    {
      label: "cosine without warmup: peak at step 0",
      schedule: { kind: "warmup_cosine", lr: 0.5, warmupSteps: 0, totalSteps: 10 },
      step: 0,
      lr: 0.5,
      phase: "decay",
    },
    {
      label: "warmup then linear: midpoint of decay",
      schedule: { kind: "warmup_linear", lr: 0.2, warmupSteps: 10, totalSteps: 110 },
      step: 60,
      lr: 0.1,
      phase: "decay",
    },
  ] satisfies { label: string; schedule: Schedule; step: number; lr: number; phase: string }[])(
    "$label",
    ({ schedule, step, lr, phase }) => {
      const r = learningRateAt(schedule, step);
      expect(r.lr).toBeCloseTo(lr, 15);
      expect(r.phase).toBe(phase);
      expect(r.formula).toContain(`\\eta_{${step}}`);
    },
  );

  test("cosine 25% into the decay: min + (peak − min)·½(1 + cos(π/4))", () => {
    const r = learningRateAt(COSINE, 350);
    expect(r.progress).toBe(0.25);
    expect(r.lr).toBeCloseTo(1e-5 + (1e-3 - 1e-5) * 0.5 * (1 + Math.SQRT1_2), 15);
  });
});

const scheduleArb: fc.Arbitrary<Schedule> = fc
  .record({
    kind: fc.constantFrom("constant", "step", "linear", "warmup_cosine", "warmup_linear"),
    lr: fc.double({ min: 1e-6, max: 1, noNaN: true }),
    minFrac: fc.double({ min: 0, max: 1, noNaN: true }),
    total: fc.integer({ min: 1, max: 5000 }),
    warmFrac: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    stepSize: fc.integer({ min: 1, max: 500 }),
    gamma: fc.double({ min: 0.01, max: 1, noNaN: true }),
  })
  .map(({ kind, lr, minFrac, total, warmFrac, stepSize, gamma }): Schedule => {
    const minLr = lr * minFrac;
    const warmupSteps = Math.floor(warmFrac * total);
    switch (kind) {
      case "constant":
        return { kind, lr };
      case "step":
        return { kind, lr, stepSize, gamma };
      case "linear":
        return { kind, lr, totalSteps: total, minLr };
      default:
        return { kind, lr, warmupSteps, totalSteps: total, minLr };
    }
  });

describe("schedule properties", () => {
  test("every step's rate lies in scheduleRange = [min, max]", () => {
    fc.assert(
      fc.property(scheduleArb, fc.integer({ min: 0, max: 20_000 }), (schedule, step) => {
        const { min, max } = scheduleRange(schedule);
        const { lr } = learningRateAt(schedule, step);
        expect(lr).toBeGreaterThanOrEqual(min);
        expect(lr).toBeLessThanOrEqual(max);
      }),
      { numRuns: 500 },
    );
  });

  test("after warmup, the decaying schedules never increase", () => {
    fc.assert(
      fc.property(scheduleArb, fc.integer({ min: 0, max: 6000 }), (schedule, t) => {
        if (schedule.kind === "constant") return;
        const W = "warmupSteps" in schedule ? schedule.warmupSteps : 0;
        if (t < W) return;
        expect(learningRateAt(schedule, t + 1).lr).toBeLessThanOrEqual(learningRateAt(schedule, t).lr * (1 + 1e-12));
      }),
      { numRuns: 300 },
    );
  });
});

describe("scheduleCurve", () => {
  test("samples the run end to end with integer steps", () => {
    const c = scheduleCurve(COSINE, { points: 12 });
    expect(c.points).toHaveLength(12);
    expect(c.points[0]).toEqual({ step: 0, lr: 0 });
    expect(c.points[11]).toEqual({ step: 1100, lr: 1e-5 });
    expect(c.points[1]!.step).toBe(100);
    expect(c.max).toBeCloseTo(1e-3, 15);
    expect(c.points.every((p) => Number.isInteger(p.step))).toBe(true);
  });

  test("short runs give one point per step, no duplicates", () => {
    const c = scheduleCurve({ kind: "linear", lr: 1, totalSteps: 4 });
    expect(c.points.map((p) => p.lr)).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(scheduleCurve({ kind: "linear", lr: 1, totalSteps: 4 }, { points: 50 }).points).toHaveLength(5);
  });
});

describe("input validation", () => {
  test.each([
    { label: "lr ≤ 0", run: () => learningRateAt({ kind: "constant", lr: 0 }, 0), field: "lr" },
    { label: "lr NaN", run: () => learningRateAt({ kind: "constant", lr: NaN }, 0), field: "lr" },
    { label: "negative step", run: () => learningRateAt({ kind: "constant", lr: 1 }, -1), field: "step" },
    { label: "fractional step", run: () => learningRateAt({ kind: "constant", lr: 1 }, 1.5), field: "step" },
    { label: "γ > 1", run: () => learningRateAt({ kind: "step", lr: 1, stepSize: 10, gamma: 2 }, 0), field: "gamma" },
    {
      label: "stepSize 0",
      run: () => learningRateAt({ kind: "step", lr: 1, stepSize: 0, gamma: 0.5 }, 0),
      field: "stepSize",
    },
    {
      label: "minLr > lr",
      run: () => learningRateAt({ kind: "linear", lr: 0.1, totalSteps: 10, minLr: 0.2 }, 0),
      field: "minLr",
    },
    {
      label: "warmup ≥ total",
      run: () => learningRateAt({ kind: "warmup_cosine", lr: 0.1, totalSteps: 10, warmupSteps: 10 }, 0),
      field: "warmupSteps",
    },
    {
      label: "unknown kind",
      run: () => learningRateAt({ kind: "cyclic", lr: 1 } as unknown as Schedule, 0),
      field: "schedule",
    },
  ])("$label → field $field", ({ run, field }) => expectField(run, field));
});
