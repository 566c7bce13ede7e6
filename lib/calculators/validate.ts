/**
 * Input checks shared by the calculators. Every failure is an `EngineInputError` whose
 * `field` names the argument to fix ("lr", "logits[2]", "x[1][0]"), so a form can put the
 * message next to the right input.
 */
import { EngineInputError } from "@/lib/engine";

export interface RangeSpec {
  min?: number;
  max?: number;
  /** When true, `min` itself is refused (x > min). */
  minExclusive?: boolean;
  /** When true, `max` itself is refused (x < max). */
  maxExclusive?: boolean;
}

/** "1 entry", "3 entries": a count with its noun agreeing ("1 entries" read as a slip). */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function describeRange(r: RangeSpec): string {
  const lo = r.min === undefined ? "(−∞" : `${r.minExclusive ? "(" : "["}${r.min}`;
  const hi = r.max === undefined ? "∞)" : `${r.max}${r.maxExclusive ? ")" : "]"}`;
  return `${lo}, ${hi}`;
}

/** A finite number, optionally inside a range; returns it for inline use. */
export function num(value: unknown, field: string, range: RangeSpec = {}): number {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new EngineInputError(field, `${field} must be a number, got ${String(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new EngineInputError(field, `${field} must be finite, got ${String(value)}`);
  }
  const { min, max, minExclusive, maxExclusive } = range;
  const tooLow = min !== undefined && (minExclusive ? value <= min : value < min);
  const tooHigh = max !== undefined && (maxExclusive ? value >= max : value > max);
  if (tooLow || tooHigh) {
    throw new EngineInputError(field, `${field} must lie in ${describeRange(range)}, got ${value}`);
  }
  return value;
}

/** An integer in [min, max]. */
export function int(value: unknown, field: string, min: number, max: number): number {
  const v = num(value, field);
  if (!Number.isInteger(v)) throw new EngineInputError(field, `${field} must be an integer, got ${v}`);
  return num(v, field, { min, max });
}

/** A non-empty array of finite numbers (length limits optional). */
export function vector(value: unknown, field: string, options: { length?: number; maxLength?: number } = {}): number[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new EngineInputError(field, `${field} must be a non-empty array of numbers`);
  }
  if (options.length !== undefined && value.length !== options.length) {
    throw new EngineInputError(
      field,
      `${field} must have ${counted(options.length, "entry", "entries")}, got ${value.length}`,
    );
  }
  if (options.maxLength !== undefined && value.length > options.maxLength) {
    throw new EngineInputError(
      field,
      `${field} may have at most ${counted(options.maxLength, "entry", "entries")}, got ${value.length}`,
    );
  }
  return value.map((v: unknown, i) => num(v, `${field}[${i}]`));
}

/** A non-empty rectangular matrix of finite numbers; returns [rows, cols]. */
export function matrix(
  value: unknown,
  field: string,
  options: { maxRows?: number; maxCols?: number } = {},
): [number, number] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new EngineInputError(field, `${field} must be a non-empty array of rows`);
  }
  if (options.maxRows !== undefined && value.length > options.maxRows) {
    throw new EngineInputError(
      field,
      `${field} may have at most ${counted(options.maxRows, "row", "rows")}, got ${value.length}`,
    );
  }
  let cols = -1;
  value.forEach((row: unknown, i) => {
    const r = vector(row, `${field}[${i}]`, { maxLength: options.maxCols });
    if (cols === -1) cols = r.length;
    else if (r.length !== cols) {
      throw new EngineInputError(
        `${field}[${i}]`,
        `${field}[${i}] has ${counted(r.length, "entry", "entries")}; every row needs ${cols}`,
      );
    }
  });
  return [value.length, cols];
}

/** One of a fixed set of names. */
export function oneOf<T extends string>(value: unknown, field: string, names: readonly T[]): T {
  if (typeof value !== "string" || !(names as readonly string[]).includes(value)) {
    throw new EngineInputError(field, `${field} must be one of ${names.join(", ")}, got ${String(value)}`);
  }
  return value as T;
}

/** True when every number anywhere inside `value` (arrays, plain objects) is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (typeof value === "object" && value !== null) return Object.values(value).every(allFinite);
  return true;
}

/**
 * Finite inputs can still overflow (squares of 1e200). Results promise no NaN/±Infinity,
 * so a result that has one is reported as bad input on `field`.
 */
export function finiteResult<T>(result: T, field: string): T {
  if (!allFinite(result)) {
    throw new EngineInputError(field, `the numbers in ${field} are too large: the result overflowed; scale them down`);
  }
  return result;
}
