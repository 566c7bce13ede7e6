import { z } from "zod";
import { difficultySchema, tagSchema, type ItemKind } from "./schema";

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);

// Filters come from the query string; anything malformed is dropped rather than erroring, so a stale link still opens.
export const deckFilterSchema = z.object({
  difficulty: z.preprocess(firstValue, difficultySchema.optional().catch(undefined)),
  tag: z.preprocess(firstValue, tagSchema.optional().catch(undefined)),
});
export type DeckFilter = z.infer<typeof deckFilterSchema>;

export const searchQuerySchema = z.preprocess(firstValue, z.string().trim().max(200).catch("").default(""));

export const ITEM_KINDS = ["qa", "mcq", "derivation"] as const satisfies readonly ItemKind[];

// The search page's query string: the words, and optionally one kind and one difficulty to narrow the results to.
export const searchParamsSchema = z.object({
  q: searchQuerySchema,
  kind: z.preprocess(firstValue, z.enum(ITEM_KINDS).optional().catch(undefined)),
  difficulty: z.preprocess(firstValue, difficultySchema.optional().catch(undefined)),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

/** A search URL; filters left undefined are dropped, so "All" links clear them. */
export function searchHref(params: SearchParams): string {
  const qs = new URLSearchParams();
  if (params.q) qs.set("q", params.q);
  if (params.kind) qs.set("kind", params.kind);
  if (params.difficulty) qs.set("difficulty", params.difficulty);
  return `/search?${qs.toString()}`;
}

export function filterHref(base: string, filter: DeckFilter): string {
  const params = new URLSearchParams();
  if (filter.difficulty) params.set("difficulty", filter.difficulty);
  if (filter.tag) params.set("tag", filter.tag);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}
