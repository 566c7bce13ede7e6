import { z } from "zod";
import { contentIdSchema } from "@/lib/content/schema";
import { reviewSettingsSchema } from "@/lib/srs/settings";

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

const isoDate = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
// Prisma's Int is 32-bit: SQLite would store a larger count as is, out of range for everything that reads it back.
const storedCount = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

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

export const exportedLogSchema = z.strictObject({
  id: z.string().min(1).max(100),
  itemId: contentIdSchema,
  rating: z.number().int().min(1).max(4),
  state: z.number().int().min(0).max(3),
  due: isoDate,
  stability: z.number().finite().min(0),
  difficulty: z.number().finite(),
  scheduledDays: storedCount,
  learningSteps: storedCount,
  review: isoDate,
  durationMs: z.number().int().min(0).max(86_400_000),
  seed: storedCount.nullable(),
  result: z.string().max(20_000).refine(isExerciseResult, "is not an exercise result (JSON)").nullable(),
});

export const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: isoDate,
  settings: reviewSettingsSchema.nullable(),
  cards: z.array(z.strictObject({ itemId: contentIdSchema, suspended: z.boolean(), leech: z.boolean() })).max(100_000),
  // Ids are the primary key: the same id twice in one file would fail the insert, so the file is refused instead.
  logs: z
    .array(exportedLogSchema)
    .max(1_000_000)
    .refine((logs) => new Set(logs.map((l) => l.id)).size === logs.length, "a review id appears more than once"),
});
export type ExportData = z.input<typeof exportSchema>;
