/**
 * Optimizers on 2-D loss surfaces: SGD, momentum, Adam and AdamW, one step at a time or
 * as a trajectory, with every optimizer's state (velocity; Adam's m, v, m̂, v̂) per step.
 * The update rules themselves (with their formulas) are the engine's, in lib/engine/optimizers.ts.
 */
import {
  EngineInputError,
  emptyEntryStep,
  OPTIMIZER_DEFAULTS,
  stepConstants,
  UPDATE_RULES,
  type EntryStep,
  type Hyperparameters,
} from "@/lib/engine";
import { fmt } from "./format";
import { finiteResult, int, num, oneOf } from "./validate";

export type Vec2 = [number, number];

// ---------------------------------------------------------------------------------------
// Surfaces
// ---------------------------------------------------------------------------------------

export type SurfaceName = "bowl" | "ravine" | "rosenbrock";
export const SURFACE_NAMES: readonly SurfaceName[] = ["bowl", "ravine", "rosenbrock"];

export interface SurfaceOptions {
  /** Ravine: the curvature ratio κ (Hessian condition number), ≥ 1; default 25. */
  condition?: number;
  /** Rosenbrock (a − x)² + b(y − x²)²: defaults a = 1, b = 100. */
  a?: number;
  b?: number;
}

export interface Surface {
  name: SurfaceName;
  /** KaTeX of f(x, y) with its constants filled in. */
  formula: string;
  /** Where the global minimum is, and its value. */
  minimum: Vec2;
  minValue: number;
  value(p: Vec2): number;
  gradient(p: Vec2): Vec2;
}

/**
 * bowl: f = ½(x² + y²), perfectly conditioned.
 * ravine: f = ½(x² + κy²): curvatures 1 and κ, so a step size stable along y (η < 2/κ)
 *   crawls along x — the case momentum and Adam are for.
 * rosenbrock: f = (a − x)² + b(y − x²)², a curved valley with its minimum at (a, a²).
 */
export function surface(name: SurfaceName, options: SurfaceOptions = {}): Surface {
  const n = oneOf(name, "surface", SURFACE_NAMES);
  if (n === "rosenbrock") {
    const a = num(options.a ?? 1, "a", { min: -100, max: 100 });
    const b = num(options.b ?? 100, "b", { min: 0, max: 1e4, minExclusive: true });
    return {
      name: n,
      formula: `f(x, y) = (${fmt(a)} - x)^2 + ${fmt(b)}\\,(y - x^2)^2`,
      minimum: [a, a * a],
      minValue: 0,
      value: ([x, y]) => (a - x) ** 2 + b * (y - x * x) ** 2,
      gradient: ([x, y]) => [-2 * (a - x) - 4 * b * x * (y - x * x) + 0, 2 * b * (y - x * x) + 0],
    };
  }
  const k = n === "ravine" ? num(options.condition ?? 25, "condition", { min: 1, max: 1e6 }) : 1;
  return {
    name: n,
    formula: k === 1 ? "f(x, y) = \\tfrac12 (x^2 + y^2)" : `f(x, y) = \\tfrac12 (x^2 + ${fmt(k)}\\,y^2)`,
    minimum: [0, 0],
    minValue: 0,
    value: ([x, y]) => 0.5 * (x * x + k * y * y),
    gradient: ([x, y]) => [x, k * y],
  };
}

export interface SurfacePoint {
  surface: SurfaceName;
  point: Vec2;
  value: number;
  gradient: Vec2;
  gradientNorm: number;
}

/** f and ∇f at one point. */
export function evaluateSurface(name: SurfaceName, point: Vec2, options: SurfaceOptions = {}): SurfacePoint {
  const s = surface(name, options);
  const p = vec2(point, "point");
  const gradient = s.gradient(p);
  const value = s.value(p);
  if (!Number.isFinite(value) || !gradient.every(Number.isFinite)) {
    throw new EngineInputError("point", "f or its gradient overflowed at this point; move it closer to the minimum");
  }
  return { surface: s.name, point: p, value, gradient, gradientNorm: Math.hypot(...gradient) };
}

/** Largest coordinate accepted for a point; the surfaces stay finite well beyond it. */
export const MAX_COORD = 1e4;

function vec2(p: unknown, field: string): Vec2 {
  if (!Array.isArray(p) || p.length !== 2) throw new EngineInputError(field, `${field} must be a pair [x, y]`);
  return [
    num(p[0], `${field}[0]`, { min: -MAX_COORD, max: MAX_COORD }),
    num(p[1], `${field}[1]`, { min: -MAX_COORD, max: MAX_COORD }),
  ];
}

// ---------------------------------------------------------------------------------------
// Optimizers
// ---------------------------------------------------------------------------------------

export type OptimizerConfig =
  | { kind: "sgd"; lr: number }
  | { kind: "momentum"; lr: number; beta?: number }
  | { kind: "adam"; lr: number; beta1?: number; beta2?: number; eps?: number }
  | { kind: "adamw"; lr: number; beta1?: number; beta2?: number; eps?: number; weightDecay?: number };
export type OptimizerKind = OptimizerConfig["kind"];
export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ["sgd", "momentum", "adam", "adamw"];

/** A config with every default filled in (the engine's OPTIMIZER_DEFAULTS, PyTorch's). */
export interface ResolvedOptimizer extends Hyperparameters {
  kind: OptimizerKind;
}

const D = OPTIMIZER_DEFAULTS;

export function resolveOptimizer(config: OptimizerConfig): ResolvedOptimizer {
  if (typeof config !== "object" || config === null)
    throw new EngineInputError("optimizer", "optimizer must be an object");
  const c = config as Partial<Record<"beta" | "beta1" | "beta2" | "eps" | "weightDecay", number>> & {
    kind: unknown;
    lr: unknown;
  };
  const kind = oneOf(c.kind, "optimizer", OPTIMIZER_KINDS);
  return {
    kind,
    lr: num(c.lr, "lr", { min: 0, max: 100, minExclusive: true }),
    beta: num(c.beta ?? D.beta, "beta", { min: 0, max: 1, maxExclusive: true }),
    beta1: num(c.beta1 ?? D.beta1, "beta1", { min: 0, max: 1, maxExclusive: true }),
    beta2: num(c.beta2 ?? D.beta2, "beta2", { min: 0, max: 1, maxExclusive: true }),
    eps: num(c.eps ?? D.eps, "eps", { min: 0, max: 1, minExclusive: true }),
    weightDecay: kind === "adamw" ? num(c.weightDecay ?? D.weightDecay, "weightDecay", { min: 0, max: 10 }) : 0,
  };
}

export interface OptimizerState {
  /** Steps taken so far (Adam's t before the next step). */
  t: number;
  /** Momentum buffer u. */
  velocity: Vec2;
  /** Adam's first and second moment estimates. */
  m: Vec2;
  v: Vec2;
}

export function initialState(): OptimizerState {
  return { t: 0, velocity: [0, 0], m: [0, 0], v: [0, 0] };
}

export interface AdamDetails {
  /** t for this step (1 on the first). */
  t: number;
  m: Vec2;
  v: Vec2;
  /** 1 − β₁ᵗ and 1 − β₂ᵗ. */
  bias1: number;
  bias2: number;
  mHat: Vec2;
  vHat: Vec2;
  /** m̂/(√v̂ + ε), the direction before η (and before decay). */
  direction: Vec2;
  /** λθ, AdamW's decoupled decay term (0 for Adam). */
  decay: Vec2;
}

export interface StepResult {
  params: Vec2;
  /** θ_new − θ_old. */
  update: Vec2;
  state: OptimizerState;
  /** Adam / AdamW only. */
  adam: AdamDetails | null;
}

/** One optimizer step from θ with gradient g. Pure: the state passed in is not modified. */
export function optimizerStep(
  config: OptimizerConfig,
  params: Vec2,
  grad: Vec2,
  state: OptimizerState = initialState(),
): StepResult {
  const o = resolveOptimizer(config);
  return finiteResult(stepResolved(o, vec2(params, "params"), vec2Any(grad, "grad"), readState(state)), "grad");
}

/** A caller-supplied state: t a step count, the buffers finite, v ≥ 0. */
function readState(state: unknown): OptimizerState {
  if (typeof state !== "object" || state === null)
    throw new EngineInputError("state", "state must be an object (see initialState())");
  const s = state as Record<string, unknown>;
  const v = vec2Any(s.v, "state.v");
  if (v[0] < 0 || v[1] < 0)
    throw new EngineInputError("state.v", "Adam's second moment v is a mean of squares and cannot be negative");
  return {
    t: int(s.t, "state.t", 0, Number.MAX_SAFE_INTEGER),
    velocity: vec2Any(s.velocity, "state.velocity"),
    m: vec2Any(s.m, "state.m"),
    v,
  };
}

function vec2Any(p: unknown, field: string): Vec2 {
  if (!Array.isArray(p) || p.length !== 2) throw new EngineInputError(field, `${field} must be a pair [x, y]`);
  return [num(p[0], `${field}[0]`), num(p[1], `${field}[1]`)];
}

/** β^t by multiplications only, so server and browser agree to the bit (see the engine's note). */
export { powStep } from "@/lib/engine";

/**
 * The engine's update rule applied to each coordinate: the rules live in lib/engine/optimizers.ts, shared
 * with the playground's training. Momentum's buffer is `velocity` here, Adam's are `m` and `v`.
 */
function stepResolved(o: ResolvedOptimizer, theta: Vec2, g: Vec2, state: OptimizerState): StepResult {
  const t = state.t + 1;
  const c = stepConstants({ name: o.kind, ...o }, t);
  const rule = UPDATE_RULES[o.kind];
  const momentum = o.kind === "momentum";
  const steps = ([0, 1] as const).map((i) => {
    const out = emptyEntryStep();
    rule(c, theta[i], g[i], momentum ? state.velocity[i] : state.m[i], state.v[i], out);
    return out;
  });
  const map = (f: (s: EntryStep) => number): Vec2 => [f(steps[0]!), f(steps[1]!)];
  const next: OptimizerState = { t, velocity: state.velocity, m: state.m, v: state.v };
  let adam: AdamDetails | null = null;
  if (momentum) next.velocity = map((s) => s.m);
  if (o.kind === "adam" || o.kind === "adamw") {
    next.m = map((s) => s.m);
    next.v = map((s) => s.v);
    adam = {
      t,
      m: next.m,
      v: next.v,
      bias1: c.bias1,
      bias2: c.bias2,
      mHat: map((s) => s.mHat),
      vHat: map((s) => s.vHat),
      direction: map((s) => s.direction),
      decay: map((s) => s.decay),
    };
  }
  return { params: map((s) => s.param), update: map((s) => s.update), state: next, adam };
}

export interface TrajectoryStep {
  /** 0 is the start point (no update yet). */
  step: number;
  params: Vec2;
  value: number;
  gradient: Vec2;
  /** The update that led here (null at step 0). */
  update: Vec2 | null;
  adam: AdamDetails | null;
  velocity: Vec2 | null;
}

export interface Trajectory {
  surface: SurfaceName;
  optimizer: ResolvedOptimizer;
  trajectory: TrajectoryStep[];
  final: TrajectoryStep;
  /** Distance from the final point to the surface's minimum. */
  distanceToMinimum: number;
  /** True when the run left the plotting range (|θ| > MAX_COORD) or overflowed and was stopped early. */
  diverged: boolean;
}

export const MAX_STEPS = 10_000;

/**
 * N steps from `start` on a surface. A run that blows up stops at the first point outside
 * ±MAX_COORD (or non-finite) and reports `diverged`, rather than throwing: diverging is a
 * result worth showing (SGD with η > 2/κ on the ravine).
 */
export function runOptimizer(input: {
  surface: SurfaceName;
  surfaceOptions?: SurfaceOptions;
  optimizer: OptimizerConfig;
  start: Vec2;
  steps: number;
}): Trajectory {
  const s = surface(input.surface, input.surfaceOptions);
  const o = resolveOptimizer(input.optimizer);
  const steps = int(input.steps, "steps", 0, MAX_STEPS);
  let theta = vec2(input.start, "start");
  let state = initialState();
  const trajectory: TrajectoryStep[] = [
    {
      step: 0,
      params: theta,
      value: s.value(theta),
      gradient: s.gradient(theta),
      update: null,
      adam: null,
      velocity: null,
    },
  ];
  let diverged = false;
  for (let k = 1; k <= steps; k++) {
    const g = trajectory[trajectory.length - 1]!.gradient;
    const r = stepResolved(o, theta, g, state);
    const outside = r.params.some((c) => !Number.isFinite(c) || Math.abs(c) > MAX_COORD);
    const value = outside ? NaN : s.value(r.params);
    const gradient = outside ? [NaN, NaN] : s.gradient(r.params);
    if (outside || !Number.isFinite(value) || !gradient.every(Number.isFinite)) {
      diverged = true;
      break;
    }
    theta = r.params;
    state = r.state;
    trajectory.push({
      step: k,
      params: theta,
      value,
      gradient: gradient as Vec2,
      update: r.update,
      adam: r.adam,
      velocity: o.kind === "momentum" ? r.state.velocity : null,
    });
  }
  const final = trajectory[trajectory.length - 1]!;
  const distanceToMinimum = Math.hypot(final.params[0] - s.minimum[0], final.params[1] - s.minimum[1]);
  return { surface: s.name, optimizer: o, trajectory, final, distanceToMinimum, diverged };
}
