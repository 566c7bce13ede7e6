import { z } from "zod";
import { difficultySchema, tagSchema } from "./schema";

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);

// Filters come from the query string; anything malformed is dropped rather than erroring, so a stale link still opens.
export const deckFilterSchema = z.object({
  difficulty: z.preprocess(firstValue, difficultySchema.optional().catch(undefined)),
  tag: z.preprocess(firstValue, tagSchema.optional().catch(undefined)),
});
export type DeckFilter = z.infer<typeof deckFilterSchema>;

export const searchQuerySchema = z.preprocess(firstValue, z.string().trim().max(200).catch("").default(""));

export function filterHref(base: string, filter: DeckFilter): string {
  const params = new URLSearchParams();
  if (filter.difficulty) params.set("difficulty", filter.difficulty);
  if (filter.tag) params.set("tag", filter.tag);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}
