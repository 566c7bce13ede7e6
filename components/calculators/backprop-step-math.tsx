import {
  backprop,
  EngineInputError,
  QUANTITY_ORDER,
  type Activation,
  type BackpropResult,
  type TwoLayerSpec,
} from "@/lib/engine";
import { counted } from "@/lib/calculators/validate";
import type { StateOf } from "./defaults";
import { parseInteger, parseList, parseMatrix } from "./parse";

/*
 * The backprop step-through's model: typed strings → a checked spec and backprop's result (every
 * shape checked against the chosen sizes first, so a message names the field to fix), and the
 * string resizing that keeps the texts in step with the sizes.
 */
export type BackpropState = StateOf<"backprop-step">;
export const STEP_COUNT = QUANTITY_ORDER.length;
export const MAX_SIZE = 4;
export const ACTIVATION_OPTIONS = ["sigmoid", "tanh", "relu", "identity"].map((v) => ({ value: v, label: v }));
export const LOSS_OPTIONS = [
  { value: "mse", label: "MSE" },
  { value: "bce", label: "binary CE (sigmoid output)" },
  { value: "softmax_ce", label: "softmax CE (identity output)" },
];
/** Engine field heads → the input that shows the message. */
export const OWNERS: Record<string, string> = {
  x: "x",
  y: "y",
  targets: "y",
  W1: "W1",
  b1: "b1",
  W2: "W2",
  b2: "b2",
  hidden: "hidden",
  output: "output",
  loss: "loss",
  din: "din",
  dIn: "din",
  h: "h",
  dout: "dout",
  dOut: "dout",
  n: "n",
};

/** A size from 1 to MAX_SIZE, or an EngineInputError on its field. */
export function parseSize(text: string, field: string): number {
  const v = parseInteger(text, field);
  if (v < 1 || v > MAX_SIZE)
    throw new EngineInputError(field, `${field} must be a whole number from 1 to ${MAX_SIZE}, got ${v}`);
  return v;
}

function shaped(text: string, field: string, rows: number, cols: number, rowsWhy: string, colsWhy: string): number[][] {
  const m = parseMatrix(text, field);
  if (m.length !== rows)
    throw new EngineInputError(
      field,
      `${field} must have ${counted(rows, "row", "rows")} (${rowsWhy}), got ${m.length}`,
    );
  m.forEach((row, i) => {
    if (row.length !== cols)
      throw new EngineInputError(
        `${field}[${i}]`,
        // Rows counted from 1 as the learner reads the text box (labelMessage's "row 1" is the first row too).
        `${field} row ${i + 1} must have ${counted(cols, "entry", "entries")} (${colsWhy}), got ${row.length}`,
      );
  });
  return m;
}

function vector(text: string, field: string, length: number, why: string): number[] {
  const v = parseList(text, field);
  if (v.length !== length)
    throw new EngineInputError(
      field,
      `${field} must have ${counted(length, "entry", "entries")} (${why}), got ${v.length}`,
    );
  return v;
}

export function computeBackprop(s: BackpropState): { spec: TwoLayerSpec; result: BackpropResult } {
  const dIn = parseSize(s.din, "din");
  const h = parseSize(s.h, "h");
  const dOut = parseSize(s.dout, "dout");
  const n = parseSize(s.n, "n");
  const spec = {
    x: shaped(s.x, "x", n, dIn, "n examples", "d_in features"),
    W1: shaped(s.W1, "W1", dIn, h, "d_in", "h hidden units"),
    b1: vector(s.b1, "b1", h, "h hidden units"),
    W2: shaped(s.W2, "W2", h, dOut, "h", "d_out outputs"),
    b2: vector(s.b2, "b2", dOut, "d_out outputs"),
    y: shaped(s.y, "y", n, dOut, "n examples", "d_out outputs"),
    hidden: s.hidden as Activation,
    output: s.output as Activation,
    loss: s.loss as TwoLayerSpec["loss"],
  } satisfies TwoLayerSpec;
  // The engine checks the names, the loss/output pairing, the targets and overflow.
  return { spec, result: backprop(spec) };
}

/** 0 = nothing computed yet; k = the first k steps done. */
export function clampStep(text: string): number {
  const v = Number(text);
  return Number.isInteger(v) ? Math.min(STEP_COUNT, Math.max(0, v)) : 0;
}

/** Resizes "1,2;3,4" text to rows × cols: new columns are 0, new rows copy the last one. */
export function resizeMatrixText(text: string, rows: number, cols: number): string {
  const parsed = text
    .split(/[;\n]+/)
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => r.split(/[\s,]+/).filter(Boolean));
  const base = parsed.length > 0 ? parsed : [["0"]];
  return Array.from({ length: rows }, (_, i) => {
    const row = base[Math.min(i, base.length - 1)] ?? [];
    return Array.from({ length: cols }, (_, j) => row[j] ?? "0").join(",");
  }).join(";");
}

export function resizeListText(text: string, length: number): string {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  return Array.from({ length }, (_, j) => parts[j] ?? "0").join(",");
}
