/**
 * One pass over a spec that either proves every later index is in range and every number
 * finite, or throws an EngineInputError naming the first offending field.
 *
 * Shapes are read in dependency order: x fixes n and d_in, W1 fixes h, W2 fixes d_out,
 * and b1, b2, y are checked against those. So a mismatch is blamed on the later field.
 */
import { EngineInputError } from "./errors";
import { ACTIVATIONS, LOSSES, type ActivationOp, type LossOp } from "./ops";
import { ACTIVATION_NAMES, LOSS_NAMES, type Activation, type TwoLayerSpec } from "./types";

export interface ValidSpec {
  spec: TwoLayerSpec;
  n: number;
  dIn: number;
  h: number;
  dOut: number;
  hidden: ActivationOp;
  output: ActivationOp;
  loss: LossOp;
}

/** How far a softmax_ce target row may sum from 1 and still count as a distribution. */
export const TARGET_SUM_TOLERANCE = 1e-9;

export function validateSpec(input: unknown): ValidSpec {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new EngineInputError("spec", "spec must be an object with x, y, W1, b1, W2, b2, hidden, output and loss");
  }
  const spec = input as Record<string, unknown>;

  const hiddenName = readName(spec.hidden, "hidden", ACTIVATION_NAMES);
  const outputName = readName(spec.output, "output", ACTIVATION_NAMES);
  const lossName = readName(spec.loss, "loss", LOSS_NAMES);
  const loss = LOSSES[lossName];
  if (loss.requiredOutput !== null && outputName !== loss.requiredOutput) {
    throw new EngineInputError(
      "output",
      `loss "${lossName}" needs output "${loss.requiredOutput}" (it is fused into the loss), got "${outputName}"`,
    );
  }

  const [n, dIn] = readMatrix(spec.x, "x");
  const [, h] = readMatrix(spec.W1, "W1", dIn, "one per input feature, the columns of x");
  readVector(spec.b1, "b1", h, "one per hidden unit, the columns of W1");
  const [, dOut] = readMatrix(spec.W2, "W2", h, "one per hidden unit, the columns of W1");
  readVector(spec.b2, "b2", dOut, "one per output, the columns of W2");
  readMatrix(spec.y, "y", n, "one per example, the rows of x", dOut, "one per output, the columns of W2");

  const y = spec.y as number[][];
  if (lossName === "bce") {
    for (let i = 0; i < n; i++) {
      const yi = y[i]!;
      for (let j = 0; j < dOut; j++) {
        const v = yi[j]!;
        if (v < 0 || v > 1) {
          throw new EngineInputError(`y[${i}][${j}]`, `y[${i}][${j}] is ${v}; bce targets must lie in [0, 1]`);
        }
      }
    }
  } else if (lossName === "softmax_ce") {
    for (let i = 0; i < n; i++) {
      const yi = y[i]!;
      let s = 0;
      for (let j = 0; j < dOut; j++) {
        const v = yi[j]!;
        if (v < 0) {
          throw new EngineInputError(`y[${i}][${j}]`, `y[${i}][${j}] is ${v}; softmax_ce targets must be non-negative`);
        }
        s += v;
      }
      if (Math.abs(s - 1) > TARGET_SUM_TOLERANCE) {
        throw new EngineInputError(`y[${i}]`, `y[${i}] sums to ${s}; a softmax_ce target row must sum to 1 (e.g. one-hot)`);
      }
    }
  }

  return {
    spec: input as unknown as TwoLayerSpec,
    n,
    dIn,
    h,
    dOut,
    hidden: ACTIVATIONS[hiddenName as Activation],
    output: ACTIVATIONS[outputName as Activation],
    loss,
  };
}

function readName<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new EngineInputError(
    field,
    `${field} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${describe(value)}`,
  );
}

/** Checks a non-empty rectangular matrix of finite numbers; returns [rows, cols]. */
export function readMatrix(
  value: unknown,
  field: string,
  rows?: number,
  rowsWhy?: string,
  cols?: number,
  colsWhy?: string,
): [number, number] {
  if (!Array.isArray(value)) {
    throw new EngineInputError(field, `${field} must be a matrix (array of rows), got ${describe(value)}`);
  }
  if (value.length === 0) throw new EngineInputError(field, `${field} is empty; it needs at least one row`);
  if (rows !== undefined && value.length !== rows) {
    throw new EngineInputError(field, `${field} must have ${rows} rows${rowsWhy ? ` (${rowsWhy})` : ""}, got ${value.length}`);
  }
  const first: unknown = value[0];
  const width = Array.isArray(first) ? first.length : -1;
  if (width === 0) throw new EngineInputError(`${field}[0]`, `${field}[0] is an empty row; rows need at least one entry`);
  if (cols !== undefined && width >= 0 && width !== cols) {
    throw new EngineInputError(field, `${field} must have ${cols} columns${colsWhy ? ` (${colsWhy})` : ""}, got ${width}`);
  }
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    if (!Array.isArray(row)) {
      throw new EngineInputError(`${field}[${i}]`, `${field}[${i}] must be an array of numbers, got ${describe(row)}`);
    }
    if (row.length !== width) {
      throw new EngineInputError(
        `${field}[${i}]`,
        `${field} is ragged: row ${i} has ${row.length} entries but row 0 has ${width}`,
      );
    }
    for (let j = 0; j < width; j++) {
      const v: unknown = row[j];
      if (typeof v !== "number" || !Number.isFinite(v)) badEntry(`${field}[${i}][${j}]`, v);
    }
  }
  return [value.length, width];
}

export function readVector(value: unknown, field: string, length?: number, lengthWhy?: string): number {
  if (!Array.isArray(value)) {
    throw new EngineInputError(field, `${field} must be an array of numbers, got ${describe(value)}`);
  }
  if (value.length === 0) throw new EngineInputError(field, `${field} is empty; it needs at least one entry`);
  if (length !== undefined && value.length !== length) {
    throw new EngineInputError(field, `${field} must have ${length} entries${lengthWhy ? ` (${lengthWhy})` : ""}, got ${value.length}`);
  }
  for (let j = 0; j < value.length; j++) {
    const v: unknown = value[j];
    if (typeof v !== "number" || !Number.isFinite(v)) badEntry(`${field}[${j}]`, v);
  }
  return value.length;
}

function badEntry(field: string, v: unknown): never {
  throw new EngineInputError(field, `${field} must be a finite number, got ${describe(v)}`);
}

function describe(v: unknown): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  return typeof v;
}
