/**
 * One pass over a spec that either proves every later index is in range and every number
 * finite, or throws an EngineInputError naming the first offending field.
 *
 * Shapes are read in dependency order: x fixes n and d_in, W1 fixes h, W2 fixes d_out,
 * and b1, b2, y are checked against those. So a mismatch is blamed on the later field.
 */
import { EngineInputError } from "./errors";
import { ACTIVATIONS, LOSSES, type ActivationOp, type LossOp } from "./ops";
import { ACTIVATION_NAMES, LOSS_NAMES, type TwoLayerSpec } from "./types";

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

  const dIn = matrixWidth(spec.x, "x");
  const n = (spec.x as unknown[]).length;
  const h = matrixWidth(spec.W1, "W1", dIn, "one per input feature, the columns of x");
  readVector(spec.b1, "b1", h, "one per hidden unit, the columns of W1");
  const dOut = matrixWidth(spec.W2, "W2", h, "one per hidden unit, the columns of W1");
  readVector(spec.b2, "b2", dOut, "one per output, the columns of W2");
  matrixWidth(spec.y, "y", n, "one per example, the rows of x", dOut, "one per output, the columns of W2");
  if (lossName !== "mse") checkTargets(lossName, spec.y as number[][], n, dOut);

  return {
    spec: input as unknown as TwoLayerSpec,
    n,
    dIn,
    h,
    dOut,
    hidden: ACTIVATIONS[hiddenName],
    output: ACTIVATIONS[outputName],
    loss,
  };
}

/** bce targets are probabilities; softmax_ce target rows are distributions. */
function checkTargets(lossName: "bce" | "softmax_ce", y: number[][], n: number, dOut: number): void {
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
    return;
  }
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
      throw new EngineInputError(
        `y[${i}]`,
        `y[${i}] sums to ${s}; a softmax_ce target row must sum to 1 (e.g. one-hot)`,
      );
    }
  }
}

// The readers below run on every backprop call, so each failure is reported through a
// small never-returning helper: building the messages inline made readMatrix too large
// for V8 to inline (687 bytes of bytecode), and the checks are all that runs when the
// spec is fine.

function readName<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  // A plain loop: allowed has three or four entries, and a miss is reported below.
  for (let i = 0; i < allowed.length; i++) if (value === allowed[i]) return value as T;
  return badName(value, field, allowed);
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
  const width = matrixWidth(value, field, rows, rowsWhy, cols, colsWhy);
  return [(value as unknown[]).length, width];
}

/** readMatrix without the [rows, cols] pair, for validateSpec, which reads rows off x itself. */
function matrixWidth(
  value: unknown,
  field: string,
  rows?: number,
  rowsWhy?: string,
  cols?: number,
  colsWhy?: string,
): number {
  if (!Array.isArray(value)) notAnArray(field, "a matrix (array of rows)", value);
  if (value.length === 0) isEmpty(field, "row");
  if (rows !== undefined && value.length !== rows) wrongCount(field, rows, "row", rowsWhy, value.length);
  const first: unknown = value[0];
  const width = Array.isArray(first) ? first.length : -1;
  if (width === 0) emptyFirstRow(field);
  if (cols !== undefined && width >= 0 && width !== cols) wrongCount(field, cols, "column", colsWhy, width);
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    if (!Array.isArray(row)) notAnArray(`${field}[${i}]`, "an array of numbers", row);
    if (row.length !== width) ragged(field, i, row.length, width);
    for (let j = 0; j < width; j++) {
      // Number.isFinite is false for anything that is not a number, so it is the whole check.
      if (!Number.isFinite(row[j])) badEntry(`${field}[${i}][${j}]`, row[j]);
    }
  }
  return width;
}

export function readVector(value: unknown, field: string, length?: number, lengthWhy?: string): number {
  if (!Array.isArray(value)) notAnArray(field, "an array of numbers", value);
  if (value.length === 0) isEmpty(field, "entry");
  if (length !== undefined && value.length !== length) wrongCount(field, length, "entry", lengthWhy, value.length);
  for (let j = 0; j < value.length; j++) {
    if (!Number.isFinite(value[j])) badEntry(`${field}[${j}]`, value[j]);
  }
  return value.length;
}

function badName(value: unknown, field: string, allowed: readonly string[]): never {
  throw new EngineInputError(
    field,
    `${field} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${describe(value)}`,
  );
}

function notAnArray(field: string, what: string, value: unknown): never {
  throw new EngineInputError(field, `${field} must be ${what}, got ${describe(value)}`);
}

function isEmpty(field: string, unit: "row" | "entry"): never {
  throw new EngineInputError(field, `${field} is empty; it needs at least one ${unit}`);
}

type Unit = "row" | "column" | "entry";
const PLURAL: Record<Unit, string> = { row: "rows", column: "columns", entry: "entries" };
/** "1 entry", "3 entries": "must have 1 entries" read as a slip. */
const counted = (n: number, unit: Unit) => `${n} ${n === 1 ? unit : PLURAL[unit]}`;

function wrongCount(field: string, expected: number, unit: Unit, why: string | undefined, got: number): never {
  throw new EngineInputError(
    field,
    `${field} must have ${counted(expected, unit)}${why ? ` (${why})` : ""}, got ${got}`,
  );
}

function emptyFirstRow(field: string): never {
  throw new EngineInputError(`${field}[0]`, `${field}[0] is an empty row; rows need at least one entry`);
}

function ragged(field: string, i: number, length: number, width: number): never {
  throw new EngineInputError(
    `${field}[${i}]`,
    // Rows said in words count from 1, as the learner reads what they typed; the field keeps the 0-based index.
    `${field} is ragged: row ${i + 1} has ${counted(length, "entry")} but row 1 has ${width}`,
  );
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
