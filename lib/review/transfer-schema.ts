import { z } from "zod";
import { contentIdSchema } from "@/lib/content/schema";
import { reviewSettingsSchema } from "@/lib/srs/settings";
import { AppError, issuesOf, issueText } from "@/lib/server/errors";
import { nextTurn } from "@/lib/server/next-turn";
import { MAX_DURATION_MS } from "./schema";

export const EXPORT_FORMAT = "gradwise-export";
export { MAX_IMPORT_BYTES } from "./import-limit";

/**
 * An export's download name, dated in UTC ("gradwise-export-2026-11-23.json") so a second export on
 * another day does not overwrite or get numbered after the first in the learner's downloads.
 */
export function exportFileName(
  base: "gradwise-export" | "gradwise-revlog",
  extension: "json" | "csv",
  now: Date,
): string {
  return `${base}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * The dates an import may carry. Nothing was reviewed before 2000, and ts-fsrs fails on a history that runs backwards
 * by centuries ("Invalid delta_t"); a due date is at most FSRS's 100-year interval after a review.
 */
export const IMPORT_DATE_MIN = new Date("2000-01-01T00:00:00Z");
export const IMPORT_DATE_MAX = new Date("2200-01-01T00:00:00Z");
const isoDate = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .refine(
    (d) => d >= IMPORT_DATE_MIN && d < IMPORT_DATE_MAX,
    `must be between ${IMPORT_DATE_MIN.toISOString().slice(0, 10)} and ${IMPORT_DATE_MAX.toISOString().slice(0, 10)}`,
  );

/**
 * Limits no real learner reaches (a heavy one reviews about 30,000 times a year, an item a few dozen times), which
 * bound what one request can make the server do: the reviews in one file, and the reviews of one item, stored and
 * imported together (each item is replayed whole in one transaction).
 */
export const MAX_IMPORT_LOGS = 100_000;
export const MAX_LOGS_PER_ITEM = 2_000;
// Prisma's Int is 32-bit: SQLite would store a larger count as is, out of range for everything that reads it back.
export const STORED_INT_MAX = 2 ** 31 - 1;
const storedCount = z.number().int().min(0).max(STORED_INT_MAX);

// What /progress reads from a derivation's stored result (lib/review/progress.ts). The server writes it, but an
// import carries it as text: anything else (not JSON, JSON null, an `ask` that is not text) made /progress throw.
const exerciseResultSchema = z.looseObject({
  quantities: z.array(z.looseObject({ ask: z.string(), ok: z.boolean() })).optional(),
  mistakes: z.array(z.looseObject({ mistake: z.string() })).optional(),
});
export type ExerciseResult = z.infer<typeof exerciseResultSchema>;

/** A stored exercise result as /progress reads it; null when it is not one. */
export function parseExerciseResult(text: string): ExerciseResult | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = exerciseResultSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
const isExerciseResult = (text: string) => parseExerciseResult(text) !== null;

// A review id is the client's UUID (36) or an older export's id; a stored result is a few KB of JSON at most.
export const LOG_ID_MAX = 100;
export const RESULT_TEXT_MAX = 20_000;

export const exportedLogSchema = z.strictObject({
  id: z.string().min(1).max(LOG_ID_MAX),
  itemId: contentIdSchema,
  rating: z.number().int().min(1).max(4),
  state: z.number().int().min(0).max(3),
  due: isoDate,
  stability: z.number().finite().min(0),
  difficulty: z.number().finite(),
  scheduledDays: storedCount,
  learningSteps: storedCount,
  review: isoDate,
  durationMs: z.number().int().min(0).max(MAX_DURATION_MS),
  seed: storedCount.nullable(),
  result: z.string().max(RESULT_TEXT_MAX).refine(isExerciseResult, "is not an exercise result (JSON)").nullable(),
});

const envelope = {
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: isoDate,
  settings: reviewSettingsSchema.nullable(),
  // One set of flags per item: two (suspended in one, leech in the other) would leave the card's state to chance.
  cards: z
    .array(z.strictObject({ itemId: contentIdSchema, suspended: z.boolean(), leech: z.boolean() }))
    .max(100_000)
    .refine((cards) => new Set(cards.map((c) => c.itemId)).size === cards.length, "an item appears more than once"),
};
// Ids are the primary key: the same id twice in one file would fail the insert, so the file is refused instead.
const uniqueIds = (logs: Array<{ id: string }>) => new Set(logs.map((l) => l.id)).size === logs.length;
const DUPLICATE_ID = "a review id appears more than once";

export const exportSchema = z.strictObject({
  ...envelope,
  logs: z.array(exportedLogSchema).max(MAX_IMPORT_LOGS).refine(uniqueIds, DUPLICATE_ID),
});
export type ExportData = z.input<typeof exportSchema>;
export type ImportData = z.output<typeof exportSchema>;

type Issue = { path: PropertyKey[]; message: string };
/** How many logs are validated between turns of the event loop (about 10 ms of work). */
const VALIDATE_SLICE = 2_000;

/**
 * exportSchema.safeParse, with the logs validated a slice at a time and the event loop given a turn between slices:
 * a file of 100,000 reviews took half a second of validation in one piece, and the server answered nobody meanwhile.
 * The same issues (paths like "logs.5.rating"), at most `maxIssues` of them.
 */
export async function parseExport(
  payload: unknown,
  maxIssues = 5,
): Promise<{ success: true; data: ImportData } | { success: false; issues: Issue[] }> {
  const head = z.strictObject({ ...envelope, logs: z.array(z.unknown()).max(MAX_IMPORT_LOGS) }).safeParse(payload);
  if (!head.success) return { success: false, issues: head.error.issues };
  const raw = head.data.logs;
  const logs: ImportData["logs"] = [];
  const issues: Issue[] = [];
  for (let from = 0; from < raw.length && issues.length < maxIssues; from += VALIDATE_SLICE) {
    for (let i = from; i < Math.min(raw.length, from + VALIDATE_SLICE); i++) {
      const log = exportedLogSchema.safeParse(raw[i]);
      if (log.success) logs.push(log.data);
      else issues.push(...log.error.issues.map((issue) => ({ ...issue, path: ["logs", i, ...issue.path] })));
    }
    await nextTurn();
  }
  if (!issues.length && !uniqueIds(logs)) issues.push({ path: ["logs"], message: DUPLICATE_ID });
  if (issues.length) return { success: false, issues: issues.slice(0, maxIssues) };
  return { success: true, data: { ...head.data, logs } };
}

/** An import's body as the export it must be, or an invalid_input AppError saying what is wrong with it. */
export async function parseImport(payload: unknown): Promise<ImportData> {
  const parsed = await parseExport(payload);
  if (parsed.success) return parsed.data;
  // A file that is not an export at all gets one sentence, not a list of every field it lacks.
  const format = typeof payload === "object" && payload !== null ? (payload as { format?: unknown }).format : undefined;
  if (format !== EXPORT_FORMAT) {
    throw new AppError(
      "invalid_input",
      `this is not a Gradwise export (no "format": "${EXPORT_FORMAT}"); export one from Settings, Your data`,
    );
  }
  throw new AppError("invalid_input", issueText(issuesOf(parsed.issues)));
}
