import { z } from "zod";
import { contentIdSchema } from "@/lib/content/schema";

// Shared by the /cards page (its filter form's options) and the data-access code that reads the same parameters.

export const CARD_STATES = ["new", "learning", "review", "relearning"] as const;
export type CardStateName = (typeof CARD_STATES)[number];
/** ts-fsrs's State numbers (New 0 … Relearning 3), in the order of CARD_STATES. */
export const stateName = (state: number): CardStateName => CARD_STATES[state] ?? "new";

export const CARD_SORTS = ["due", "lapses", "title"] as const;
export const SUSPENDED_FILTERS = ["yes", "no"] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
// From the query string: anything malformed is dropped (or falls back to the default), never an error page.
const param = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));

export const cardBrowserParamsSchema = z.object({
  deck: param(contentIdSchema),
  state: param(z.enum(CARD_STATES)),
  suspended: param(z.enum(SUSPENDED_FILTERS)),
  sort: z.preprocess(first, z.enum(CARD_SORTS).catch("due")),
});
export type CardBrowserParams = z.infer<typeof cardBrowserParamsSchema>;

/** The item id a row's action posts. */
export const cardActionSchema = z.object({ itemId: contentIdSchema });
