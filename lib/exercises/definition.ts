import { z } from "zod";
import { ACTIVATION_NAMES, LOSS_NAMES, QUANTITY_ORDER } from "@/lib/engine";

// What a derivation exercise is, as its MDX frontmatter states it: the network, the ranges its numbers are drawn
// from, and what it asks for. The content schema (lib/content/schema.ts) adds the fields every item has; the
// exercise layer draws and checks instances from this part alone, so it never imports the content layer.

const activationSchema = z.enum(ACTIVATION_NAMES, { error: `must be one of ${ACTIVATION_NAMES.join(", ")}` });
const lossSchema = z.enum(LOSS_NAMES, { error: `must be one of ${LOSS_NAMES.join(", ")}` });
const dim = (max: number) => z.number({ error: "must be a number" }).int().min(1).max(max, `at most ${max} by hand`);
const matrixSchema = z.array(z.array(z.number().finite()).min(1)).min(1);
const rangeSchema = z
  .tuple([z.number().finite(), z.number().finite()])
  .refine(([lo, hi]) => lo <= hi, "lo must be ≤ hi");

// The quantities an exercise may ask for, in the order a learner derives them (the engine owns the list).
export const QUANTITY_KEYS = QUANTITY_ORDER;
export type AskedKey = (typeof QUANTITY_KEYS)[number];
// A whole quantity (`dW1`) or one entry of it (`dW1[0][1]`, `db1[2]`).
export const askSchema = z
  .string()
  .regex(
    new RegExp(`^(${QUANTITY_KEYS.join("|")})(\\[\\d+\\]){0,2}$`),
    `must be a quantity (${QUANTITY_KEYS.join(", ")}) optionally with indices, like dW1[0][1]`,
  );

export const exerciseDefinitionShape = {
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
};

export const exerciseDefinitionSchema = z.strictObject(exerciseDefinitionShape);
/** What the exercise layer needs to draw and check an instance (instance.ts builds from it). */
export type ExerciseDefinition = z.infer<typeof exerciseDefinitionSchema>;
