import { z } from "zod";

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

// Each rule is written once; the stored/imported schema and the form schema are both built from these.
const rules = {
  desiredRetention: z.number({ error: "must be a number" }).min(0.7, "at least 0.70").max(0.97, "at most 0.97"),
  newPerDay: z
    .number({ error: "must be a number" })
    .int("a whole number")
    .min(0, "cannot be negative")
    .max(500, "at most 500"),
  dayStartHour: z
    .number({ error: "must be a number" })
    .int("a whole hour")
    .min(0, "an hour from 0 to 23")
    .max(23, "an hour from 0 to 23"),
  timeZone: z.string().trim().max(64).refine(isTimeZone, "is not a time zone (e.g. Europe/Paris, UTC)"),
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
