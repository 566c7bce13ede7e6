import { z } from "zod";
import { contentIdSchema, difficultySchema, tagSchema } from "@/lib/content/schema";
import { checkRequestSchema } from "@/lib/exercises/request";

// Shared by the review page (client) and the review API (server).

/** The longest time a rating may say was spent on one card (an import's reviews are held to it too). */
export const MAX_DURATION_MS = 24 * 3600 * 1000;

export const rateRequestSchema = z.strictObject({
  /** Made by the client (a UUID) so a double click, a retry or a replay writes the review once. */
  reviewId: z.uuid("reviewId must be a UUID"),
  itemId: contentIdSchema,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: "rating must be 1 (Again) to 4 (Easy)",
  }),
  durationMs: z.number().int().min(0).max(MAX_DURATION_MS, "durationMs is at most a day"),
  /** For a derivation exercise: the attempt, re-checked on the server; its numbers are never taken on trust. */
  exercise: checkRequestSchema.optional(),
});
export type RateRequest = z.infer<typeof rateRequestSchema>;

export const undoRequestSchema = z.strictObject({ reviewId: z.uuid("reviewId must be a UUID") });
export type UndoRequest = z.infer<typeof undoRequestSchema>;

/** Bury or suspend one item from the review: only which item; whose card it is comes from the session. */
export const cardRequestSchema = z.strictObject({ itemId: contentIdSchema });
export type CardRequest = z.infer<typeof cardRequestSchema>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** What a review session draws from; from the query string, so anything malformed is simply dropped. */
export const sessionFilterSchema = z.object({
  deck: z.preprocess(first, contentIdSchema.optional().catch(undefined)),
  tag: z.preprocess(first, tagSchema.optional().catch(undefined)),
  difficulty: z.preprocess(first, difficultySchema.optional().catch(undefined)),
  cram: z.preprocess((v) => first(v) === "1" || first(v) === "true", z.boolean()),
});
export type SessionFilter = z.infer<typeof sessionFilterSchema>;
