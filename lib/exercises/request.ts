// The check request, validated once here and used by the browser form and the HTTP route alike.
import { z } from "zod";
import { askSchema } from "./definition";
import { type AskedQuantity } from "./instance";
import { MAX_ANSWER_LENGTH, parseAnswer } from "./parse-answer";
import { jsonSeedSchema } from "./instance";

const cell = z.string().max(MAX_ANSWER_LENGTH, `an entry has at most ${MAX_ANSWER_LENGTH} characters`);

/** What lib/exercises/fingerprint.ts makes of the numbers the page shows. */
export const fingerprintSchema = z.string().regex(/^[0-9a-f]{8}$/, "instance must be 8 hexadecimal digits");

/** The longest time an attempt may say it took: a week, for a page left open. */
export const MAX_ELAPSED_MS = 7 * 24 * 3600 * 1000;

export const checkRequestSchema = z.strictObject({
  seed: jsonSeedSchema,
  /**
   * The key of the numbers the page shows. Optional, so a client that does not send it is graded as before; when sent
   * and the server's numbers for this seed differ, the check is refused rather than graded against other numbers.
   */
  instance: fingerprintSchema.optional(),
  answers: z.record(askSchema, z.array(z.array(cell).max(8)).max(8)),
  hintsUsed: z.number().int().min(0).max(6).default(0),
  elapsedMs: z.number().int().min(0).max(MAX_ELAPSED_MS).optional(),
});
export type CheckRequest = z.infer<typeof checkRequestSchema>;

export interface CellError {
  ask: string;
  row: number;
  col: number;
  error: string;
}

export type ParsedAnswers =
  { ok: true; answers: Record<string, number[][]> } | { ok: false; message: string; cells: CellError[] };

/**
 * Turns the typed strings into numbers, checking that every asked quantity is there with its exact shape.
 * A wrong shape or an unreadable entry rejects the whole submission: it costs the learner nothing.
 */
export function parseAnswerGrids(asked: AskedQuantity[], raw: Record<string, string[][]>): ParsedAnswers {
  const extra = Object.keys(raw).filter((k) => !asked.some((q) => q.ask === k));
  if (extra.length > 0) return { ok: false, message: `not asked in this exercise: ${extra.join(", ")}`, cells: [] };
  const answers: Record<string, number[][]> = {};
  const cells: CellError[] = [];
  for (const q of asked) {
    const grid = raw[q.ask];
    if (!grid) return { ok: false, message: `missing answer for ${q.ask}`, cells: [] };
    if (grid.length !== q.rows || grid.some((row) => row.length !== q.cols)) {
      return { ok: false, message: `${q.ask} must be a ${q.rows}×${q.cols} grid`, cells: [] };
    }
    answers[q.ask] = grid.map((row, i) =>
      row.map((text, j) => {
        const parsed = parseAnswer(text);
        if (parsed.ok) return parsed.value;
        cells.push({ ask: q.ask, row: i, col: j, error: parsed.error });
        return Number.NaN;
      }),
    );
  }
  if (cells.length > 0) {
    const first = cells[0]!;
    return {
      ok: false,
      message: `${cells.length} entr${cells.length === 1 ? "y is" : "ies are"} not readable (first: ${first.ask}[${first.row}][${first.col}] ${first.error})`,
      cells,
    };
  }
  return { ok: true, answers };
}
