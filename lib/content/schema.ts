import { z } from "zod";

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

const activationSchema = z.enum(["identity", "relu", "sigmoid", "tanh"], {
  error: "must be one of identity, relu, sigmoid, tanh",
});
const lossSchema = z.enum(["mse", "bce", "softmax_ce"], { error: "must be one of mse, bce, softmax_ce" });
const dim = (max: number) => z.number({ error: "must be a number" }).int().min(1).max(max, `at most ${max} by hand`);
const matrixSchema = z.array(z.array(z.number().finite()).min(1)).min(1);
const rangeSchema = z
  .tuple([z.number().finite(), z.number().finite()])
  .refine(([lo, hi]) => lo <= hi, "lo must be ≤ hi");

export const QUANTITY_KEYS = [
  "z1",
  "a1",
  "z2",
  "a2",
  "loss",
  "dz2",
  "dW2",
  "db2",
  "da1",
  "dz1",
  "dW1",
  "db1",
  "dx",
] as const;
export type AskedKey = (typeof QUANTITY_KEYS)[number];
// A whole quantity (`dW1`) or one entry of it (`dW1[0][1]`, `db1[2]`).
export const askSchema = z
  .string()
  .regex(
    new RegExp(`^(${QUANTITY_KEYS.join("|")})(\\[\\d+\\]){0,2}$`),
    `must be a quantity (${QUANTITY_KEYS.join(", ")}) optionally with indices, like dW1[0][1]`,
  );

export const derivationFrontmatterSchema = z.strictObject({
  kind: z.literal("derivation"),
  ...itemBase,
  network: z.strictObject({
    dIn: dim(6),
    h: dim(6),
    dOut: dim(4),
    n: dim(6),
    hidden: activationSchema,
    output: activationSchema,
    loss: lossSchema,
  }),
  ranges: z
    .strictObject({ x: rangeSchema.optional(), w: rangeSchema.optional(), b: rangeSchema.optional() })
    .optional(),
  decimals: z.union([z.literal(1), z.literal(2)]).optional(),
  allowReluZero: z.boolean().optional(),
  targets: z.union([z.literal("xor"), z.literal("random"), matrixSchema]).optional(),
  inputs: matrixSchema.optional(),
  /** Parameters pinned to exact values, for exercises about a particular situation (a ReLU input at exactly 0). */
  fixed: z
    .strictObject({
      W1: matrixSchema.optional(),
      b1: z.array(z.number().finite()).optional(),
      W2: matrixSchema.optional(),
      b2: z.array(z.number().finite()).optional(),
    })
    .optional(),
  ask: z.array(askSchema).min(1, "must ask for at least one quantity").max(13),
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
