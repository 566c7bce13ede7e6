/**
 * Activation functions as a calculator: value and slope at a point, curves for plotting,
 * and the product of slopes through L layers (why deep sigmoid nets stop learning).
 *
 * sigmoid, tanh and ReLU come straight from the engine's op table, so the calculator and
 * the backprop engine cannot disagree; leaky ReLU is the one addition.
 */
import { ACTIVATIONS, EngineInputError, type ActivationOp } from "@/lib/engine";
import { fmt, paren } from "./format";
import { int, num, oneOf } from "./validate";

export type ActivationKind = "sigmoid" | "tanh" | "relu" | "leaky_relu";
export const ACTIVATION_KINDS: readonly ActivationKind[] = ["sigmoid", "tanh", "relu", "leaky_relu"];

export interface ActivationOptions {
  /** Leaky ReLU's negative slope α, in [0, 1]; default 0.01 (PyTorch's). Ignored otherwise. */
  alpha?: number;
}

/** Largest |x| accepted; σ and tanh are flat to the last bit long before this. */
export const MAX_ABS_X = 1e6;

function leaky(alpha: number): ActivationOp {
  return {
    forward: (z) => (z > 0 ? z : alpha * z),
    // At exactly 0 the slope is α, as in PyTorch (the x > 0 branch only).
    derivative: (z) => (z > 0 ? 1 : alpha),
  };
}

function resolve(
  kind: unknown,
  options: ActivationOptions,
): { kind: ActivationKind; op: ActivationOp; alpha: number | null } {
  const k = oneOf(kind, "activation", ACTIVATION_KINDS);
  if (k === "leaky_relu") {
    const alpha = num(options.alpha ?? 0.01, "alpha", { min: 0, max: 1 });
    return { kind: k, op: leaky(alpha), alpha };
  }
  return { kind: k, op: ACTIVATIONS[k], alpha: null };
}

export interface ActivationPoint {
  activation: ActivationKind;
  /** α for leaky ReLU, else null. */
  alpha: number | null;
  x: number;
  value: number;
  derivative: number;
  /** KaTeX, numbers substituted: the value, then the slope. */
  formula: { value: string; derivative: string };
}

/** f(x) and f′(x), with the working shown. ReLU′(0) = 0 (the engine's convention). */
export function activationAt(kind: ActivationKind, x: number, options: ActivationOptions = {}): ActivationPoint {
  const r = resolve(kind, options);
  num(x, "x", { min: -MAX_ABS_X, max: MAX_ABS_X });
  const value = r.op.forward(x);
  const derivative = r.op.derivative(x, value) + 0; // + 0: no −0
  return {
    activation: r.kind,
    alpha: r.alpha,
    x,
    value,
    derivative,
    formula: formulas(r.kind, x, value, derivative, r.alpha),
  };
}

function formulas(kind: ActivationKind, x: number, value: number, d: number, alpha: number | null) {
  const xs = paren(x);
  const v = fmt(value, 6);
  const ds = fmt(d, 6);
  switch (kind) {
    case "sigmoid":
      return {
        value: `\\sigma(${fmt(x)}) = \\frac{1}{1 + e^{-${xs}}} = ${v}`,
        derivative: `\\sigma'(${fmt(x)}) = \\sigma(${fmt(x)})\\,(1 - \\sigma(${fmt(x)})) = ${v} \\cdot ${fmt(1 - value, 6)} = ${ds}`,
      };
    case "tanh":
      return {
        value: `\\tanh(${fmt(x)}) = ${v}`,
        derivative: `\\tanh'(${fmt(x)}) = 1 - \\tanh^2(${fmt(x)}) = 1 - ${paren(value, 6)}^2 = ${ds}`,
      };
    case "relu":
      return {
        value: `\\mathrm{ReLU}(${fmt(x)}) = \\max(0, ${fmt(x)}) = ${v}`,
        derivative: `\\mathrm{ReLU}'(${fmt(x)}) = ${x > 0 ? `1 \\quad (${fmt(x)} > 0)` : `0 \\quad (${fmt(x)} \\le 0)`}`,
      };
    case "leaky_relu": {
      const a = fmt(alpha ?? 0);
      return {
        value:
          x > 0 ? `\\mathrm{LReLU}(${fmt(x)}) = ${fmt(x)}` : `\\mathrm{LReLU}(${fmt(x)}) = ${a} \\cdot ${xs} = ${v}`,
        derivative: `\\mathrm{LReLU}'(${fmt(x)}) = ${x > 0 ? `1 \\quad (${fmt(x)} > 0)` : `\\alpha = ${a} \\quad (${fmt(x)} \\le 0)`}`,
      };
    }
  }
}

export interface CurveOptions extends ActivationOptions {
  from?: number;
  to?: number;
  /** Samples, both ends included: 2 … 2001; default 201. */
  points?: number;
}

export interface ActivationCurve {
  activation: ActivationKind;
  alpha: number | null;
  from: number;
  to: number;
  points: { x: number; value: number; derivative: number }[];
}

/** Evenly spaced samples of f and f′ on [from, to] (default [−6, 6]) for plotting. */
export function activationCurve(kind: ActivationKind, options: CurveOptions = {}): ActivationCurve {
  const r = resolve(kind, options);
  const from = num(options.from ?? -6, "from", { min: -MAX_ABS_X, max: MAX_ABS_X });
  const to = num(options.to ?? 6, "to", { min: from, max: MAX_ABS_X, minExclusive: true });
  const n = int(options.points ?? 201, "points", 2, 2001);
  const points = [];
  for (let i = 0; i < n; i++) {
    // Endpoints exactly, not from + (n−1)·step with its rounding.
    const x = i === n - 1 ? to : from + ((to - from) * i) / (n - 1);
    const value = r.op.forward(x);
    points.push({ x, value, derivative: r.op.derivative(x, value) + 0 });
  }
  return { activation: r.kind, alpha: r.alpha, from, to, points };
}

export interface SlopeProduct {
  activation: ActivationKind;
  alpha: number | null;
  /** The pre-activation at each layer. */
  xs: number[];
  /** f′ at each layer. */
  slopes: number[];
  /** cumulative[i] = slopes[0]·…·slopes[i]: the gradient factor after i + 1 layers. */
  cumulative: number[];
  product: number;
  /** log₁₀ of the product from summed logs (exact even where the product underflows); null if a slope is 0. */
  log10Product: number | null;
  formula: string;
}

/**
 * ∏ f′(xᵢ) over L layers: the factor the activations alone put on a gradient flowing back
 * through L layers (weights ignored). `x` is one pre-activation repeated `layers` times,
 * or one per layer (then `layers` is ignored). σ′(5) ≈ 0.0066, and ten such layers give ≈ 1.7·10⁻²².
 */
export function slopeProduct(
  kind: ActivationKind,
  x: number | readonly number[],
  options: ActivationOptions & { layers?: number } = {},
): SlopeProduct {
  const r = resolve(kind, options);
  let xs: number[];
  if (typeof x === "number") {
    const layers = int(options.layers ?? 10, "layers", 1, 1000);
    xs = new Array<number>(layers).fill(num(x, "x", { min: -MAX_ABS_X, max: MAX_ABS_X }));
  } else {
    if (!Array.isArray(x) || x.length === 0 || x.length > 1000) {
      throw new EngineInputError("x", "x must be a number or 1 … 1000 per-layer numbers");
    }
    xs = x.map((v, i) => num(v, `x[${i}]`, { min: -MAX_ABS_X, max: MAX_ABS_X }));
  }
  const slopes = xs.map((z) => r.op.derivative(z, r.op.forward(z)) + 0);
  const cumulative: number[] = [];
  let product = 1;
  let log10: number | null = 0;
  for (const s of slopes) {
    product *= s;
    cumulative.push(product);
    log10 = log10 === null || s === 0 ? null : log10 + Math.log10(Math.abs(s));
  }
  const allSame = xs.every((z) => z === xs[0]);
  const first = slopes[0] ?? 0;
  const formula = allSame
    ? `\\prod_{i=1}^{${xs.length}} f'(x_i) = ${paren(first, 4)}^{${xs.length}} = ${fmt(product, 4)}`
    : `\\prod_{i=1}^{${xs.length}} f'(x_i) = ${slopes.map((s) => fmt(s, 3)).join(" \\cdot ")} = ${fmt(product, 4)}`;
  return { activation: r.kind, alpha: r.alpha, xs, slopes, cumulative, product, log10Product: log10, formula };
}
