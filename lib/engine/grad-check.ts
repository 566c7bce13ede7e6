/**
 * Central finite differences of the loss, to check backprop's analytic gradients:
 * ∂L/∂θ ≈ (L(θ + ε) − L(θ − ε)) / 2ε, whose error is O(ε²) rather than O(ε) one-sided.
 *
 * Near a ReLU kink (some z exactly at or within ε of 0) the two sides see different
 * slopes and the estimate is meaningless there; that is the kink, not a bug.
 */
import { backprop, forward } from "./backprop";
import { EngineInputError } from "./errors";
import { cloneMatrix } from "./matrix";
import type { Matrix, TwoLayerSpec, Vector } from "./types";

export type GradCheckParam = "W1" | "b1" | "W2" | "b2" | "x";
export const GRAD_CHECK_PARAMS: readonly GradCheckParam[] = ["W1", "b1", "W2", "b2", "x"];

export interface GradCheckEntry<T extends Matrix | Vector> {
  analytic: T;
  numeric: T;
  maxAbsError: number;
  /** max over entries of relError(analytic, numeric), see below. */
  maxRelError: number;
}

export interface GradCheckResult {
  eps: number;
  params: {
    W1: GradCheckEntry<Matrix>;
    b1: GradCheckEntry<Vector>;
    W2: GradCheckEntry<Matrix>;
    b2: GradCheckEntry<Vector>;
    x: GradCheckEntry<Matrix>;
  };
  /** Largest relative error over all five parameters. */
  maxRelError: number;
}

/**
 * Gradients below this size are compared absolutely: the difference quotient carries
 * roundoff of about 1e-16·|L|/ε ≈ 1e-11, which would look like a 100% error on a true
 * zero (a dead ReLU unit) if divided by the gradient itself.
 */
export const REL_ERROR_FLOOR = 1e-6;

export function relError(analytic: number, numeric: number): number {
  return Math.abs(analytic - numeric) / Math.max(REL_ERROR_FLOOR, Math.abs(analytic), Math.abs(numeric));
}

export function gradCheck(spec: TwoLayerSpec, options: { eps?: number } = {}): GradCheckResult {
  const eps = options.eps ?? 1e-5;
  if (typeof eps !== "number" || !Number.isFinite(eps) || eps <= 0) {
    throw new EngineInputError("eps", `eps must be a positive finite number, got ${String(eps)}`);
  }
  const analytic = backprop(spec); // also validates the spec

  // Perturb one entry at a time in a private copy, so the caller's spec is never touched.
  const work: TwoLayerSpec = {
    ...spec,
    x: cloneMatrix(spec.x),
    W1: cloneMatrix(spec.W1),
    W2: cloneMatrix(spec.W2),
    b1: spec.b1.slice(),
    b2: spec.b2.slice(),
  };
  const lossAt = (): number => forward(work).loss;
  const diff = (holder: number[], j: number): number => {
    const original = holder[j]!;
    holder[j] = original + eps;
    const plus = lossAt();
    holder[j] = original - eps;
    const minus = lossAt();
    holder[j] = original;
    return (plus - minus) / (2 * eps);
  };
  const numericMatrix = (m: Matrix): Matrix => m.map((row) => row.map((_, j) => diff(row, j)));
  const numericVector = (v: Vector): Vector => v.map((_, j) => diff(v, j));

  const params = {
    W1: entry(analytic.dW1, numericMatrix(work.W1)),
    b1: entry(analytic.db1, numericVector(work.b1)),
    W2: entry(analytic.dW2, numericMatrix(work.W2)),
    b2: entry(analytic.db2, numericVector(work.b2)),
    x: entry(analytic.dx, numericMatrix(work.x)),
  };
  const maxRelError = Math.max(...GRAD_CHECK_PARAMS.map((p) => params[p].maxRelError));
  return { eps, params, maxRelError };
}

function entry<T extends Matrix | Vector>(analytic: T, numeric: T): GradCheckEntry<T> {
  const a = analytic.flat();
  const n = numeric.flat();
  let maxAbsError = 0;
  let maxRelError = 0;
  for (let i = 0; i < a.length; i++) {
    maxAbsError = Math.max(maxAbsError, Math.abs(a[i]! - n[i]!));
    maxRelError = Math.max(maxRelError, relError(a[i]!, n[i]!));
  }
  return { analytic, numeric, maxAbsError, maxRelError };
}
