import { EngineInputError } from "@/lib/engine";

/**
 * Turning typed strings into numbers. Failures throw the engine's EngineInputError with the input's
 * own name as `field`, so parse errors and the maths library's range errors reach the learner alike.
 */
export function parseNumber(text: string, field: string): number {
  const t = text.trim();
  if (t === "") throw new EngineInputError(field, `${field} is empty; type a number`);
  // show() prints negatives with a real minus sign (U+2212); a number copied from a result reads back.
  const v = Number(t.replace(/^\u2212/, "-").replace(/([eE])\u2212/, "$1-"));
  if (!Number.isFinite(v)) throw new EngineInputError(field, `${field}: “${t}” is not a number`);
  return v;
}

export function parseInteger(text: string, field: string): number {
  const v = parseNumber(text, field);
  if (!Number.isInteger(v)) throw new EngineInputError(field, `${field} must be a whole number, got ${v}`);
  return v;
}

/** "2, 1, 0.1" → [2, 1, 0.1]; spaces or commas separate. */
export function parseList(text: string, field: string): number[] {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) throw new EngineInputError(field, `${field} is empty; type numbers separated by commas`);
  return parts.map((p, i) => parseNumber(p, `${field}[${i}]`));
}

/** "1,2;3,4" (or one row per line) → [[1, 2], [3, 4]]. */
export function parseMatrix(text: string, field: string): number[][] {
  const rows = text
    .split(/[;\n]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  if (rows.length === 0) throw new EngineInputError(field, `${field} is empty; type rows like 1,2;3,4`);
  return rows.map((r, i) => parseList(r, `${field}[${i}]`));
}

export interface InputProblem {
  /** The input key the message belongs to (null: no single input; show it above the results). */
  input: string | null;
  /** The field the message names, as the code spells it ("fanIn", "logits[2]"); see `labelMessage`. */
  field: string;
  /** What to call the field when it is not the input itself (see `FieldOwner`); else the input's label. */
  label?: string;
  message: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The message with the code's name for the field ("fanIn", "x[1][0]") replaced by the label the learner
 * sees next to the input ("fan-in", "Inputs x, row 2, entry 1"). Positions said in words count from 1, as a
 * learner counts what they typed and as every calculator message and table heading does ("row 1" is the
 * first row); the code's own indices stay 0-based. Only whole words are replaced, so a typed value quoted in
 * the message (“x”) keeps its text.
 */
export function labelMessage(message: string, field: string, label: string): string {
  const [, base = field, brackets = ""] = /^(.*?)((?:\[\d+\])*)$/.exec(field) ?? [];
  const indices = [...brackets.matchAll(/\d+/g)].map((m) => Number(m[0]) + 1);
  if (base === "" || label.trim() === "") return message;
  // One index is a row when the message is about rows ("x[1] has 3 entries; every row needs 2").
  const parts =
    indices.length === 2
      ? [`row ${indices[0]}`, `entry ${indices[1]}`]
      : indices.length === 1
        ? [`${/\brows?\b/.test(message) ? "row" : "entry"} ${indices[0]}`]
        : indices.map((i) => `index ${i}`);
  const phrase = [label.trim(), ...parts].join(", ");
  // Inside a sentence a worded label drops its capital ("needs output activation"); symbols keep theirs ("W2").
  const inner = /^\p{Lu}\p{Ll}/u.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
  const whole = new RegExp(`(^|\\s)${escapeRegExp(field)}(?=$|[\\s:;,])`, "g");
  return message.replace(whole, (_, before: string, at: number) => `${before}${at === 0 ? phrase : inner}`);
}

/**
 * Who owns a field: an input key, when the field is that input ("fanIn" is the fan-in box), or an input to
 * show the message beside plus the name the message should use, when the field is another quantity that
 * input's value causes (the fixed ε beside the matrix x); the input's own label would misname it there.
 */
export type FieldOwner = string | { input: string; label: string };

/**
 * Runs a computation; an EngineInputError becomes a message for the input that owns its field.
 * `owners` maps a field's path without indices ("running.variance" of "running.variance[1]"), or else its
 * leading name ("logits" of "logits[2]", "state" of "state.v"), to its owner.
 */
export function attempt<T>(
  compute: () => T,
  owners: Record<string, FieldOwner>,
): { ok: true; value: T } | { ok: false; problem: InputProblem } {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (error instanceof EngineInputError) {
      const path = error.field.replace(/\[\d+\]/g, "");
      const head = error.field.split(/[.[]/)[0] ?? error.field;
      const owner = owners[path] ?? owners[head];
      const problem: InputProblem =
        typeof owner === "object"
          ? { input: owner.input, field: error.field, label: owner.label, message: error.message }
          : { input: owner ?? null, field: error.field, message: error.message };
      return { ok: false, problem };
    }
    throw error;
  }
}
