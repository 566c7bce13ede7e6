import { z } from "zod";
import { exerciseDefinitionShape } from "@/lib/exercises/definition";

// Ids are part of every learner's progress rows, so they are constrained hard: lowercase kebab-case, short.
export const contentIdSchema = z
  .string({ error: "is required" })
  .min(2, "must be at least 2 characters")
  .max(80, "must be at most 80 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase kebab-case (a-z, 0-9, single hyphens)");

export const tagSchema = z
  .string()
  .max(40, "must be at most 40 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase kebab-case");

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const difficultySchema = z.enum(DIFFICULTIES, { error: "must be one of easy, medium, hard" });
export type Difficulty = z.infer<typeof difficultySchema>;

const plainTitle = z
  .string({ error: "is required" })
  .trim()
  .min(3, "must be at least 3 characters")
  .max(120, "must be at most 120 characters")
  .refine((s) => !s.includes("$"), "is plain text: no math in titles");

export const deckFrontmatterSchema = z.strictObject({
  id: contentIdSchema,
  title: plainTitle,
  description: z.string({ error: "is required" }).trim().min(10).max(300),
  order: z.number({ error: "must be a number" }).int(),
});
export type DeckFrontmatter = z.infer<typeof deckFrontmatterSchema>;

/** A deck's theory page: the key equations and a walk-through, one per deck, in theory/<deck-id>.mdx. */
export const theoryFrontmatterSchema = z.strictObject({
  deck: contentIdSchema,
  title: plainTitle,
  summary: z.string({ error: "is required" }).trim().min(10).max(300),
});
export type TheoryFrontmatter = z.infer<typeof theoryFrontmatterSchema>;

const itemBase = {
  id: contentIdSchema,
  deck: contentIdSchema,
  difficulty: difficultySchema,
  tags: z.array(tagSchema, { error: "must be a list" }).min(1, "needs at least one tag").max(6, "at most 6 tags"),
  title: plainTitle,
  related: z.array(contentIdSchema).max(8).default([]),
};

export const qaFrontmatterSchema = z.strictObject({ kind: z.literal("qa"), ...itemBase });

export const choiceSchema = z.strictObject({
  text: z.string({ error: "is required" }).trim().min(1, "is empty").max(600),
  correct: z.boolean().default(false),
  why: z.string({ error: "is required: every choice explains itself" }).trim().min(3).max(1500),
});

export const mcqFrontmatterSchema = z.strictObject({
  kind: z.literal("mcq"),
  ...itemBase,
  choices: z
    .array(choiceSchema, { error: "must be a list" })
    .min(2, "needs at least 2 choices")
    .max(6, "allows at most 6 choices")
    .refine((cs) => cs.some((c) => c.correct), "needs at least one correct choice"),
});

export const derivationFrontmatterSchema = z.strictObject({
  kind: z.literal("derivation"),
  ...itemBase,
  ...exerciseDefinitionShape,
  hints: z.array(z.string().trim().min(3).max(1000)).max(6).default([]),
});
export type DerivationFrontmatter = z.infer<typeof derivationFrontmatterSchema>;

// New kinds (theory pages next) join this union; the loader and pages switch on `kind`.
export const itemFrontmatterSchema = z.discriminatedUnion(
  "kind",
  [qaFrontmatterSchema, mcqFrontmatterSchema, derivationFrontmatterSchema],
  { error: "must be one of qa, mcq, derivation" },
);
export type ItemFrontmatter = z.infer<typeof itemFrontmatterSchema>;
export type ItemKind = ItemFrontmatter["kind"];

// Which `## Heading` sections each kind's body must or may have.
export const SECTION_RULES = {
  qa: { required: ["question", "answer"], optional: ["explanation"] },
  mcq: { required: ["question"], optional: ["explanation"] },
  derivation: { required: ["question"], optional: ["explanation"] },
} as const satisfies Record<ItemKind, { required: readonly string[]; optional: readonly string[] }>;

export const registrySchema = z.strictObject({
  published: z.array(contentIdSchema),
  retired: z.array(
    z.strictObject({ id: contentIdSchema, reason: z.string().min(3), replacedBy: contentIdSchema.optional() }),
  ),
});
export type Registry = z.infer<typeof registrySchema>;
