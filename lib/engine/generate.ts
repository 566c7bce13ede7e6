/**
 * Random two-layer instances for hand derivation exercises: small, deterministic from
 * (params, seed), every drawn number a short decimal, and by default no ReLU sitting
 * exactly on its kink (where the "derivative" is a convention, not something to derive).
 */
import { forwardValid } from "./backprop";
import { EngineInputError } from "./errors";
import { LOSSES } from "./ops";
import { createRandom, type RandomSource } from "./random";
import { ACTIVATION_NAMES, LOSS_NAMES, type Activation, type Loss, type Matrix, type TwoLayerSpec } from "./types";
import { readMatrix, validateSpec } from "./validate";

export type Range = [lo: number, hi: number];

export interface GenerateParams {
  dIn: number;
  h: number;
  dOut: number;
  /** Batch size: rows of x and y. */
  n: number;
  hidden: Activation;
  output: Activation;
  loss: Loss;
  /** Closed ranges for inputs, weights (W1, W2) and biases (b1, b2). */
  ranges?: { x?: Range; w?: Range; b?: Range };
  /** Decimal places of every drawn number (default 1). */
  decimals?: 1 | 2;
  /** Let a ReLU pre-activation land on 0 (default false: such draws are redrawn). */
  allowReluZero?: boolean;
  /**
   * "random" (default): mse targets in the output's range, bce 0/1, softmax_ce one-hot.
   * "xor": y = x₁ xor x₂ on binary inputs (dIn 2; n 4 unless inputs are given; dOut 1,
   * or 2 one-hot columns for softmax_ce). Or an explicit n × dOut matrix.
   */
  targets?: "xor" | "random" | number[][];
  /** Fixed n × dIn inputs instead of drawn ones. */
  inputs?: number[][];
}

export const DEFAULT_RANGES = { x: [-1, 1], w: [-1, 1], b: [-0.5, 0.5] } as const satisfies Record<string, Range>;
/** Upper bound on every dimension: these are for working by hand. */
export const MAX_DIMENSION = 64;
/** How many draws to try before concluding the ranges force a ReLU onto its kink. */
export const MAX_REDRAWS = 1000;
/** A pre-activation this close to 0 counts as on the kink (rounding can leave 1e-17 for 0). */
export const KINK_TOLERANCE = 1e-9;

const XOR_INPUTS: Matrix = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

export function generateInstance(params: GenerateParams, seed: number): TwoLayerSpec {
  const p = checkParams(params);
  const rand = createRandom(seed);
  const draw = (range: Range, rows: number, cols: number): Matrix =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => drawDecimal(rand, range, p.decimals)));

  const inputs = p.inputs ?? (p.targets === "xor" ? XOR_INPUTS.map((r) => r.slice()) : null);
  const kinks = {
    z1: p.hidden === "relu" && !p.allowReluZero,
    z2: p.output === "relu" && p.loss === "mse" && !p.allowReluZero,
  };

  for (let attempt = 0; attempt < MAX_REDRAWS; attempt++) {
    const x = inputs ?? draw(p.ranges.x, p.n, p.dIn);
    const W1 = draw(p.ranges.w, p.dIn, p.h);
    const b1 = draw(p.ranges.b, 1, p.h)[0]!;
    const W2 = draw(p.ranges.w, p.h, p.dOut);
    const b2 = draw(p.ranges.b, 1, p.dOut)[0]!;
    // Placeholder targets of the right kind, so the forward pass below can run.
    const placeholder = Array.from({ length: p.n }, () =>
      Array.from({ length: p.dOut }, (_, j) => (p.loss === "softmax_ce" ? (j === 0 ? 1 : 0) : 0)),
    );
    const candidate: TwoLayerSpec = {
      x,
      y: placeholder,
      W1,
      b1,
      W2,
      b2,
      hidden: p.hidden,
      output: p.output,
      loss: p.loss,
    };
    const fwd = forwardValid(validateSpec(candidate));
    if ((kinks.z1 && touchesZero(fwd.z1)) || (kinks.z2 && touchesZero(fwd.z2))) continue;

    const spec = { ...candidate, y: makeTargets(p, x, rand) };
    try {
      validateSpec(spec);
    } catch (e) {
      if (e instanceof EngineInputError && e.field.startsWith("y")) {
        throw new EngineInputError(`targets${e.field.slice(1)}`, e.message.replace(/\by\b/g, "targets"));
      }
      throw e;
    }
    return spec;
  }
  throw new EngineInputError(
    "ranges",
    `no draw in ${MAX_REDRAWS} tries kept every ReLU pre-activation away from 0; widen ranges or set allowReluZero`,
  );
}

/** A uniformly drawn multiple of 10^-decimals in the range: k / 10^d is the correctly rounded decimal. */
function drawDecimal(rand: RandomSource, [lo, hi]: Range, decimals: number): number {
  const scale = 10 ** decimals;
  const k = rand.int(Math.ceil(lo * scale - 1e-9), Math.floor(hi * scale + 1e-9));
  return k / scale + 0; // + 0 turns −0 into 0
}

function touchesZero(m: Matrix): boolean {
  return m.some((row) => row.some((v) => Math.abs(v) <= KINK_TOLERANCE));
}

function makeTargets(p: CheckedParams, x: Matrix, rand: RandomSource): Matrix {
  const { targets } = p;
  if (Array.isArray(targets)) return targets.map((r) => r.slice());
  if (targets === "xor") {
    return x.map((row) => {
      const t = row[0] !== row[1] ? 1 : 0;
      return p.loss === "softmax_ce" ? [1 - t, t] : [t];
    });
  }
  return Array.from({ length: p.n }, () => {
    if (p.loss === "bce") return Array.from({ length: p.dOut }, () => rand.int(0, 1));
    if (p.loss === "softmax_ce") {
      const hot = rand.int(0, p.dOut - 1);
      return Array.from({ length: p.dOut }, (_, j) => (j === hot ? 1 : 0));
    }
    // mse: targets the output activation can actually reach.
    const range: Range =
      p.output === "sigmoid" || p.output === "relu" ? [0, 1] : p.output === "tanh" ? [-1, 1] : p.ranges.x;
    return Array.from({ length: p.dOut }, () => drawDecimal(rand, range, p.decimals));
  });
}

interface CheckedParams {
  dIn: number;
  h: number;
  dOut: number;
  n: number;
  hidden: Activation;
  output: Activation;
  loss: Loss;
  ranges: { x: Range; w: Range; b: Range };
  decimals: 1 | 2;
  allowReluZero: boolean;
  targets: "xor" | "random" | number[][];
  inputs: Matrix | null;
}

function checkParams(params: GenerateParams): CheckedParams {
  if (typeof params !== "object" || params === null) {
    throw new EngineInputError("params", "params must be an object");
  }
  const dim = (field: "dIn" | "h" | "dOut" | "n"): number => {
    const v: unknown = params[field];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > MAX_DIMENSION) {
      throw new EngineInputError(field, `${field} must be an integer from 1 to ${MAX_DIMENSION}, got ${String(v)}`);
    }
    return v;
  };
  const name = <T extends string>(field: string, v: unknown, allowed: readonly T[]): T => {
    if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
    throw new EngineInputError(field, `${field} must be one of ${allowed.join(", ")}, got ${String(v)}`);
  };
  const dIn = dim("dIn");
  const h = dim("h");
  const dOut = dim("dOut");
  const n = dim("n");
  const hidden = name("hidden", params.hidden, ACTIVATION_NAMES);
  const output = name("output", params.output, ACTIVATION_NAMES);
  const loss = name("loss", params.loss, LOSS_NAMES);
  const required = LOSSES[loss].requiredOutput;
  if (required !== null && output !== required) {
    throw new EngineInputError("output", `loss "${loss}" needs output "${required}", got "${output}"`);
  }
  if (loss === "softmax_ce" && dOut < 2) {
    throw new EngineInputError("dOut", "softmax_ce needs dOut ≥ 2: with one class the loss is always 0");
  }

  const decimals = params.decimals ?? 1;
  if (decimals !== 1 && decimals !== 2) {
    throw new EngineInputError("decimals", `decimals must be 1 or 2, got ${String(decimals)}`);
  }
  const ranges = {
    x: checkRange("ranges.x", params.ranges?.x ?? DEFAULT_RANGES.x, decimals),
    w: checkRange("ranges.w", params.ranges?.w ?? DEFAULT_RANGES.w, decimals),
    b: checkRange("ranges.b", params.ranges?.b ?? DEFAULT_RANGES.b, decimals),
  };
  const allowReluZero = params.allowReluZero ?? false;
  if (typeof allowReluZero !== "boolean") {
    throw new EngineInputError("allowReluZero", "allowReluZero must be a boolean");
  }

  let inputs: Matrix | null = null;
  if (params.inputs !== undefined) {
    readMatrix(params.inputs, "inputs", n, "one per example, n", dIn, "one per input feature, dIn");
    inputs = params.inputs.map((r) => r.slice());
  }

  const targets = params.targets ?? "random";
  if (targets === "xor") {
    if (dIn !== 2) throw new EngineInputError("dIn", `xor targets need dIn = 2, got ${dIn}`);
    const wantOut = loss === "softmax_ce" ? 2 : 1;
    if (dOut !== wantOut) {
      throw new EngineInputError("dOut", `xor targets with ${loss} need dOut = ${wantOut}, got ${dOut}`);
    }
    if (inputs === null) {
      if (n !== 4) {
        throw new EngineInputError(
          "n",
          `xor targets use the 4 binary inputs, so n must be 4 (got ${n}) unless inputs are given`,
        );
      }
    } else {
      inputs.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v !== 0 && v !== 1)
            throw new EngineInputError(`inputs[${i}][${j}]`, `xor inputs must be 0 or 1, got ${v}`);
        }),
      );
    }
  } else if (Array.isArray(targets)) {
    readMatrix(targets, "targets", n, "one per example, n", dOut, "one per output, dOut");
  } else if (targets !== "random") {
    throw new EngineInputError(
      "targets",
      `targets must be "xor", "random" or an n × dOut matrix, got ${String(targets)}`,
    );
  }

  return { dIn, h, dOut, n, hidden, output, loss, ranges, decimals, allowReluZero, targets, inputs };
}

function checkRange(field: string, range: unknown, decimals: number): Range {
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    typeof range[0] !== "number" ||
    typeof range[1] !== "number" ||
    !Number.isFinite(range[0]) ||
    !Number.isFinite(range[1]) ||
    range[0] > range[1]
  ) {
    throw new EngineInputError(field, `${field} must be [lo, hi] with finite lo ≤ hi`);
  }
  const lo = range[0];
  const hi = range[1];
  const scale = 10 ** decimals;
  if (Math.ceil(lo * scale - 1e-9) > Math.floor(hi * scale + 1e-9)) {
    throw new EngineInputError(field, `${field} [${lo}, ${hi}] holds no number with ${decimals} decimal(s)`);
  }
  if (Math.max(Math.abs(lo), Math.abs(hi)) > 1e6) {
    throw new EngineInputError(field, `${field} is too wide for hand work (|bounds| ≤ 1e6)`);
  }
  return [lo, hi];
}
