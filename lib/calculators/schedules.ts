/**
 * Learning-rate schedules: the rate at any step, a sampled curve over the run, and the
 * [min, max] every step's rate lies in.
 *
 *   constant        η_t = η
 *   step            η_t = η·γ^⌊t / s⌋
 *   linear          η_t = η + (η_min − η)·min(t/T, 1)
 *   warmup_cosine   η_t = η·t/W for t < W, then η_min + (η − η_min)·½(1 + cos(π·p)),  p = (t − W)/(T − W)
 *   warmup_linear   η_t = η·t/W for t < W, then η + (η_min − η)·p
 * After T the decaying schedules hold η_min. Warmup starts at 0, as in Hugging Face's
 * get_cosine_schedule_with_warmup.
 */
import { EngineInputError } from "@/lib/engine";
import { fmt } from "./format";
import { int, num, oneOf } from "./validate";

export type Schedule =
  | { kind: "constant"; lr: number }
  | { kind: "step"; lr: number; stepSize: number; gamma: number }
  | { kind: "linear"; lr: number; totalSteps: number; minLr?: number }
  | { kind: "warmup_cosine"; lr: number; warmupSteps: number; totalSteps: number; minLr?: number }
  | { kind: "warmup_linear"; lr: number; warmupSteps: number; totalSteps: number; minLr?: number };
export type ScheduleKind = Schedule["kind"];
export const SCHEDULE_KINDS: readonly ScheduleKind[] = ["constant", "step", "linear", "warmup_cosine", "warmup_linear"];

export const MAX_SCHEDULE_STEPS = 10_000_000;

interface Resolved {
  kind: ScheduleKind;
  lr: number;
  minLr: number;
  warmupSteps: number;
  totalSteps: number | null;
  stepSize: number;
  gamma: number;
}

function resolve(schedule: Schedule): Resolved {
  if (typeof schedule !== "object" || schedule === null)
    throw new EngineInputError("schedule", "schedule must be an object");
  const s = schedule as Partial<Record<"stepSize" | "gamma" | "totalSteps" | "warmupSteps" | "minLr", number>> & {
    kind: unknown;
    lr: unknown;
  };
  const kind = oneOf(s.kind, "schedule", SCHEDULE_KINDS);
  const lr = num(s.lr, "lr", { min: 0, max: 100, minExclusive: true });
  const r: Resolved = { kind, lr, minLr: lr, warmupSteps: 0, totalSteps: null, stepSize: 1, gamma: 1 };
  if (kind === "step") {
    r.stepSize = int(s.stepSize, "stepSize", 1, MAX_SCHEDULE_STEPS);
    r.gamma = num(s.gamma, "gamma", { min: 0, max: 1, minExclusive: true });
    r.minLr = 0; // γ^k → 0 with no floor
  } else if (kind !== "constant") {
    r.totalSteps = int(s.totalSteps, "totalSteps", 1, MAX_SCHEDULE_STEPS);
    r.minLr = num(s.minLr ?? 0, "minLr", { min: 0, max: lr });
    if (kind !== "linear") r.warmupSteps = int(s.warmupSteps, "warmupSteps", 0, r.totalSteps - 1);
  }
  return r;
}

export type SchedulePhase = "constant" | "warmup" | "decay" | "done";

export interface ScheduleValue {
  step: number;
  lr: number;
  phase: SchedulePhase;
  /** Fraction of the current phase completed, in [0, 1] (null for constant/step). */
  progress: number | null;
  formula: string;
}

/** The learning rate at integer step t ≥ 0. */
export function learningRateAt(schedule: Schedule, step: number): ScheduleValue {
  return valueAt(resolve(schedule), int(step, "step", 0, MAX_SCHEDULE_STEPS));
}

function valueAt(r: Resolved, t: number): ScheduleValue {
  const { lr, minLr, warmupSteps: W } = r;
  switch (r.kind) {
    case "constant":
      return { step: t, lr, phase: "constant", progress: null, formula: `\\eta_{${t}} = ${fmt(lr)}` };
    case "step": {
      const k = Math.floor(t / r.stepSize);
      const v = lr * r.gamma ** k;
      return {
        step: t,
        lr: v,
        phase: "decay",
        progress: null,
        formula: `\\eta_{${t}} = ${fmt(lr)} \\cdot ${fmt(r.gamma)}^{\\lfloor ${t}/${r.stepSize} \\rfloor} = ${fmt(lr)} \\cdot ${fmt(r.gamma)}^{${k}} = ${fmt(v)}`,
      };
    }
    default: {
      const T = r.totalSteps!;
      if (t < W) {
        const v = (lr * t) / W;
        return {
          step: t,
          lr: v,
          phase: "warmup",
          progress: t / W,
          formula: `\\eta_{${t}} = ${fmt(lr)} \\cdot \\frac{${t}}{${W}} = ${fmt(v)}`,
        };
      }
      if (t >= T) {
        return {
          step: t,
          lr: minLr,
          phase: "done",
          progress: 1,
          formula: `\\eta_{${t}} = \\eta_{\\min} = ${fmt(minLr)}`,
        };
      }
      const p = (t - W) / (T - W);
      if (r.kind === "warmup_cosine") {
        const c = 0.5 * (1 + Math.cos(Math.PI * p));
        const v = clamp(minLr + (lr - minLr) * c, minLr, lr);
        return {
          step: t,
          lr: v,
          phase: "decay",
          progress: p,
          formula: `\\eta_{${t}} = ${fmt(minLr)} + (${fmt(lr)} - ${fmt(minLr)}) \\cdot \\tfrac12\\left(1 + \\cos\\left(\\pi \\cdot \\frac{${t - W}}{${T - W}}\\right)\\right) = ${fmt(v)}`,
        };
      }
      const v = clamp(lr + (minLr - lr) * p, minLr, lr);
      return {
        step: t,
        lr: v,
        phase: "decay",
        progress: p,
        formula: `\\eta_{${t}} = ${fmt(lr)} + (${fmt(minLr)} - ${fmt(lr)}) \\cdot \\frac{${t - W}}{${T - W}} = ${fmt(v)}`,
      };
    }
  }
}

/** Keeps a last-bit rounding of the interpolation inside [lo, hi]. */
function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** The interval every step's rate lies in: [η_min, η] (0 for warmup's first step and for step decay). */
export function scheduleRange(schedule: Schedule): { min: number; max: number } {
  const r = resolve(schedule);
  return { min: r.warmupSteps > 0 || r.kind === "step" ? 0 : r.minLr, max: r.lr };
}

export interface ScheduleCurve {
  totalSteps: number;
  points: { step: number; lr: number }[];
  min: number;
  max: number;
}

/**
 * `points` evenly spaced integer steps over [0, totalSteps] (default: the schedule's own
 * totalSteps, or 100 for constant/step), both ends included, duplicates dropped.
 */
export function scheduleCurve(
  schedule: Schedule,
  options: { totalSteps?: number; points?: number } = {},
): ScheduleCurve {
  const r = resolve(schedule);
  const total = int(options.totalSteps ?? r.totalSteps ?? 100, "totalSteps", 1, MAX_SCHEDULE_STEPS);
  const n = int(options.points ?? Math.min(total + 1, 201), "points", 2, 5001);
  const points: { step: number; lr: number }[] = [];
  for (let i = 0; i < n; i++) {
    const t = Math.round((total * i) / (n - 1));
    if (points.length > 0 && points[points.length - 1]!.step === t) continue;
    points.push({ step: t, lr: valueAt(r, t).lr });
  }
  const lrs = points.map((p) => p.lr);
  return { totalSteps: total, points, min: Math.min(...lrs), max: Math.max(...lrs) };
}
