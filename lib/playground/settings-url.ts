/**
 * The playground's settings in a query string, so a reload or a shared link restores them, as the
 * calculators' state does. Reading is forgiving field by field: a value that is missing, malformed
 * or out of range gives that field its default and leaves the others as written, because a link
 * typed by hand or saved before a change should still open the playground rather than fail.
 * Numbers between the controls' stops snap to the nearest stop the controls can show.
 */
import { z } from "zod";
import { MLP_HEADS, MLP_LIMITS } from "@/lib/engine";
import { DATASET_KINDS } from "./datasets";
import {
  ACTIVATION_CHOICES,
  PLAYGROUND_OPTIMIZERS,
  BATCH_MODES,
  DEFAULT_SETTINGS,
  formatLr,
  L2_CHOICES,
  LR_STEPS,
  lrFromStep,
  type PlaygroundSettings,
} from "./settings";

/** The query keys, in the order they are written. */
export const SETTINGS_KEYS = [
  "dataset",
  "noise",
  "test",
  "seed",
  "layers",
  "head",
  "optimizer",
  "lr",
  "batch",
  "batchSize",
  "l2",
] as const;
export type SettingsKey = (typeof SETTINGS_KEYS)[number];
export type SettingsQuery = Readonly<Partial<Record<string, string | string[] | undefined>>>;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** A plain decimal (no hex, no "Infinity", no empty string as 0) inside [min, max]. */
const decimal = (min: number, max: number) =>
  z.string().trim().regex(NUMBER).transform(Number).pipe(z.number().min(min).max(max));
const snap = (v: number, step: number) => Number((Math.round(v / step) * step).toFixed(6));
const integer = (min: number, max: number) => decimal(min, max).pipe(z.number().int());

/** "4-tanh.2-tanh": units and activation per hidden layer, with separators a URL leaves as they are. */
const layers = z
  .string()
  .trim()
  .regex(/^\d{1,2}-[a-z]{1,10}(\.\d{1,2}-[a-z]{1,10})*$/)
  .transform((raw) =>
    raw.split(".").map((part) => ({ units: Number(part.split("-")[0]), activation: part.split("-")[1] })),
  )
  .pipe(
    z
      .array(
        z.object({
          units: z.number().int().min(MLP_LIMITS.minUnits).max(MLP_LIMITS.maxUnits),
          activation: z.enum(ACTIVATION_CHOICES),
        }),
      )
      .min(MLP_LIMITS.minHidden)
      .max(MLP_LIMITS.maxHidden),
  );

const D = DEFAULT_SETTINGS;
const FIELDS = {
  dataset: z.enum(DATASET_KINDS).catch(D.dataset),
  noise: decimal(0, 0.5)
    .transform((v) => snap(v, 0.05))
    .catch(D.noise),
  test: decimal(10, 50)
    .transform((v) => snap(v, 10))
    .catch(D.testPercent),
  seed: integer(0, 999_999).catch(D.seed),
  layers: layers.catch(() => D.hidden.map((l) => ({ ...l }))),
  head: z.enum(MLP_HEADS).catch(D.head),
  optimizer: z.enum(PLAYGROUND_OPTIMIZERS).catch(D.optimizer),
  // The rate as the slider shows it ("0.032"), read back to the nearest tenth of a decade.
  lr: decimal(lrFromStep(0) / 1.1, lrFromStep(LR_STEPS) * 1.1)
    .transform((v) => Math.min(LR_STEPS, Math.max(0, Math.round((Math.log10(v) + 3) * 10))))
    .catch(D.lrStep),
  batch: z.enum(BATCH_MODES).catch(D.batch),
  batchSize: integer(1, 200).catch(D.batchSize),
  l2: decimal(0, 1)
    .refine((v) => L2_CHOICES.includes(v))
    .catch(D.l2),
} satisfies Record<SettingsKey, z.ZodType>;

/** Settings from a page's searchParams or a URLSearchParams; never throws. Repeated keys count as malformed. */
export function settingsFromQuery(query: SettingsQuery | URLSearchParams): PlaygroundSettings {
  const get = (key: SettingsKey): unknown =>
    query instanceof URLSearchParams ? (query.getAll(key).length === 1 ? query.get(key) : undefined) : query[key];
  const f = <K extends SettingsKey>(key: K) => FIELDS[key].parse(get(key)) as z.output<(typeof FIELDS)[K]>;
  return {
    dataset: f("dataset"),
    noise: f("noise"),
    testPercent: f("test"),
    seed: f("seed"),
    hidden: f("layers"),
    head: f("head"),
    optimizer: f("optimizer"),
    lrStep: f("lr"),
    batch: f("batch"),
    batchSize: f("batchSize"),
    l2: f("l2"),
  };
}

/** The query that `settingsFromQuery` reads back to the same settings. */
export function settingsToQuery(s: PlaygroundSettings): Record<SettingsKey, string> {
  return {
    dataset: s.dataset,
    noise: String(s.noise),
    test: String(s.testPercent),
    seed: String(s.seed),
    layers: s.hidden.map((l) => `${l.units}-${l.activation}`).join("."),
    head: s.head,
    optimizer: s.optimizer,
    lr: formatLr(lrFromStep(s.lrStep)),
    batch: s.batch,
    batchSize: String(s.batchSize),
    l2: String(s.l2),
  };
}
