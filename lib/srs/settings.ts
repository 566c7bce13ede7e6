import { z } from "zod";

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * The bounds of each numeric setting, owned here: the rules below check them and the settings form's inputs and
 * hints offer them. `step` is the input's; the whole-number settings are the ones whose rule is `.int()`.
 */
export const SETTING_LIMITS = {
  desiredRetention: { min: 0.7, max: 0.97, step: 0.01 },
  newPerDay: { min: 0, max: 500, step: 1 },
  dayStartHour: { min: 0, max: 23, step: 1 },
} as const;
/** IANA names are at most ~30 characters; the bound keeps a stored setting small. */
export const TIME_ZONE_MAX = 64;
const { desiredRetention: retention, newPerDay: perDay, dayStartHour: hour } = SETTING_LIMITS;

// Each rule is written once; the stored/imported schema and the form schema are both built from these.
const rules = {
  desiredRetention: z
    .number({ error: "must be a number" })
    .min(retention.min, `at least ${retention.min.toFixed(2)}`)
    .max(retention.max, `at most ${retention.max.toFixed(2)}`),
  newPerDay: z
    .number({ error: "must be a number" })
    .int("a whole number")
    .min(perDay.min, "cannot be negative")
    .max(perDay.max, `at most ${perDay.max}`),
  dayStartHour: z
    .number({ error: "must be a number" })
    .int("a whole hour")
    .min(hour.min, `an hour from ${hour.min} to ${hour.max}`)
    .max(hour.max, `an hour from ${hour.min} to ${hour.max}`),
  timeZone: z.string().trim().max(TIME_ZONE_MAX).refine(isTimeZone, "is not a time zone (e.g. Europe/Paris, UTC)"),
};

/** An IANA time zone name this runtime knows ("Europe/Paris", "UTC"). */
export const timeZoneSchema = rules.timeZone;

/** A learner's review settings, as stored and as imported. */
export const reviewSettingsSchema = z.strictObject({
  desiredRetention: rules.desiredRetention.default(0.9),
  newPerDay: rules.newPerDay.default(20),
  dayStartHour: rules.dayStartHour.default(4),
  timeZone: rules.timeZone.default("UTC"),
});
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;
export const DEFAULT_SETTINGS: ReviewSettings = reviewSettingsSchema.parse({});

const fromText = (rule: z.ZodNumber) =>
  z
    .string()
    .trim()
    .min(1, "is required")
    .pipe(z.coerce.number({ error: "must be a number" }))
    .pipe(rule);

/** The same settings as typed into the form (strings), checked by the same rules. */
export const reviewSettingsFormSchema = z.object({
  desiredRetention: fromText(rules.desiredRetention),
  newPerDay: fromText(rules.newPerDay),
  dayStartHour: fromText(rules.dayStartHour),
  timeZone: rules.timeZone,
});
