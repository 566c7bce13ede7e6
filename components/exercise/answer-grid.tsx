"use client";

import type { AskedQuantity } from "@/lib/exercises/instance";

const DISPLAY: Record<string, string> = {
  z1: "z₁",
  a1: "a₁",
  z2: "z₂",
  a2: "a₂",
  loss: "L",
  dz2: "δ₂ = ∂L/∂z₂",
  dW2: "∂L/∂W₂",
  db2: "∂L/∂b₂",
  da1: "∂L/∂a₁",
  dz1: "δ₁ = ∂L/∂z₁",
  dW1: "∂L/∂W₁",
  db1: "∂L/∂b₁",
  dx: "∂L/∂x",
};

export function displayName(q: AskedQuantity): string {
  const base = DISPLAY[q.key] ?? q.key;
  return q.index.length ? `${base} [${q.index.join("][")}]` : base;
}

/**
 * Where an unreadable entry is, before its message: "Row 1, column 2: " in a grid, nothing for a single entry, which
 * was named "1, 1" (or "Row, column 1, 1") although it has neither rows nor columns.
 */
export function entryName(asked: AskedQuantity, id: string): string {
  if (asked.index.length || (asked.rows === 1 && asked.cols === 1)) return "";
  const [row, col] = id
    .split("|")
    .slice(1)
    .map((v) => Number(v) + 1);
  return `Row ${row}, column ${col}: `;
}

interface Props {
  asked: AskedQuantity;
  values: string[][];
  errors: Record<string, string>;
  verdicts?: boolean[][];
  onChange: (row: number, col: number, value: string) => void;
}

/** One input per entry, laid out in the quantity's own shape, with what rows and columns mean. */
export function AnswerGrid({ asked, values, errors, verdicts, onChange }: Props) {
  const shape = asked.index.length ? "one entry" : `${asked.rows}×${asked.cols}`;
  const legend =
    asked.index.length || (asked.rows === 1 && asked.cols === 1)
      ? ""
      : asked.rows === 1
        ? `one entry per ${asked.colLabel}`
        : `rows: ${asked.rowLabel}s, columns: ${asked.colLabel}s`;
  const cellErrors = Object.entries(errors).filter(([k]) => k.startsWith(`${asked.ask}|`));
  return (
    // min-w-0: a fieldset is at least as wide as its content by default, so a 1×4 grid pushed a phone's page sideways.
    <fieldset className="min-w-0 space-y-2 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
      <legend className="px-1 font-medium">
        <span className="font-mono">{displayName(asked)}</span>{" "}
        <span className="text-sm font-normal text-zinc-500 dark:text-zinc-400">
          {shape}
          {legend ? ` · ${legend}` : ""}
        </span>
      </legend>
      {/* A grid wider than the screen scrolls on its own; the padding keeps focus rings inside the scroll box. */}
      <div className="-m-1 overflow-x-auto p-1">
        <div
          className="inline-grid gap-1.5"
          style={{ gridTemplateColumns: `repeat(${asked.cols}, minmax(5.5rem, 1fr))` }}
        >
          {values.map((row, i) =>
            row.map((value, j) => {
              const id = `${asked.ask}|${i}|${j}`;
              const verdict = verdicts?.[i]?.[j];
              const where = asked.index.length ? asked.ask : `${asked.ask} row ${i + 1}, column ${j + 1}`;
              return (
                <div key={id} className="relative">
                  <input
                    id={id}
                    value={value}
                    // The full keyboard, not inputMode="decimal": a phone's decimal pad has no minus sign (many
                    // gradients are negative), no "/" for fractions and no "e" for scientific notation.
                    inputMode="text"
                    autoCapitalize="off"
                    autoCorrect="off"
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={200}
                    aria-label={where + (verdict === undefined ? "" : verdict ? ", right" : ", wrong")}
                    aria-invalid={errors[id] ? true : undefined}
                    aria-describedby={errors[id] ? `${id}-error` : undefined}
                    onChange={(e) => onChange(i, j, e.target.value)}
                    className={`w-full rounded-md border bg-white px-2 py-1.5 pr-6 font-mono text-sm tabular-nums dark:bg-zinc-900 ${
                      errors[id]
                        ? "border-amber-500"
                        : verdict === true
                          ? "border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40"
                          : verdict === false
                            ? "border-rose-500 bg-rose-50 dark:bg-rose-950/40"
                            : "border-zinc-300 dark:border-zinc-700"
                    }`}
                  />
                  {verdict !== undefined ? (
                    <span
                      aria-hidden
                      className={`absolute top-1.5 right-1.5 text-xs ${verdict ? "text-emerald-600" : "text-rose-600"}`}
                    >
                      {verdict ? "✓" : "✗"}
                    </span>
                  ) : null}
                </div>
              );
            }),
          )}
        </div>
      </div>
      {cellErrors.map(([id, message]) => (
        <p key={id} id={`${id}-error`} className="text-sm text-amber-700 dark:text-amber-300">
          {entryName(asked, id)}
          {message}
        </p>
      ))}
    </fieldset>
  );
}
