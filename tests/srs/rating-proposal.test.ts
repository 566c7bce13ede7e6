import { describe, expect, test } from "vitest";
import { proposeRating } from "@/lib/srs/rating-proposal";
import { reviewSettingsFormSchema, reviewSettingsSchema } from "@/lib/srs/settings";
import { buildQueue } from "@/lib/srs/queue";
import { Rating } from "@/lib/srs/scheduler";

describe("proposeRating", () => {
  const base = { expectedMs: 60_000, hintsUsed: 0 };
  test.each([
    { label: "wrong", score: 0, elapsedMs: 30_000, hintsUsed: 0, rating: Rating.Again },
    { label: "mostly wrong", score: 0.4, elapsedMs: 30_000, hintsUsed: 0, rating: Rating.Again },
    { label: "partly right", score: 0.75, elapsedMs: 30_000, hintsUsed: 0, rating: Rating.Hard },
    { label: "right with one hint", score: 1, elapsedMs: 50_000, hintsUsed: 1, rating: Rating.Hard },
    { label: "right but slow", score: 1, elapsedMs: 150_000, hintsUsed: 0, rating: Rating.Hard },
    { label: "right in normal time", score: 1, elapsedMs: 50_000, hintsUsed: 0, rating: Rating.Good },
    { label: "right and quick", score: 1, elapsedMs: 20_000, hintsUsed: 0, rating: Rating.Easy },
  ])("$label → $rating", ({ score, elapsedMs, hintsUsed, rating }) => {
    expect(proposeRating({ ...base, score, elapsedMs, hintsUsed })).toBe(rating);
  });
});

describe("reviewSettingsSchema", () => {
  test("defaults", () => {
    expect(reviewSettingsSchema.parse({})).toEqual({
      desiredRetention: 0.9,
      newPerDay: 20,
      dayStartHour: 4,
      timeZone: "UTC",
    });
  });
  test.each([
    { label: "retention too low", input: { desiredRetention: 0.5 } },
    { label: "retention too high", input: { desiredRetention: 0.99 } },
    { label: "negative new cards", input: { newPerDay: -1 } },
    { label: "fractional new cards", input: { newPerDay: 2.5 } },
    { label: "hour 24", input: { dayStartHour: 24 } },
    { label: "an unknown time zone", input: { timeZone: "Mars/Olympus" } },
    { label: "an unknown field", input: { theme: "dark" } },
  ])("rejects $label", ({ input }) => {
    expect(reviewSettingsSchema.safeParse(input).success).toBe(false);
  });
});

describe("reviewSettingsFormSchema", () => {
  const form = { desiredRetention: "0.85", newPerDay: "15", dayStartHour: "3", timeZone: "Europe/Paris" };
  test("reads the form's strings into numbers", () => {
    expect(reviewSettingsFormSchema.parse(form)).toEqual({
      desiredRetention: 0.85,
      newPerDay: 15,
      dayStartHour: 3,
      timeZone: "Europe/Paris",
    });
  });
  test.each([
    { label: "an empty field", patch: { newPerDay: "" }, field: "newPerDay", message: /required/ },
    { label: "text for a number", patch: { desiredRetention: "high" }, field: "desiredRetention", message: /number/ },
    {
      label: "retention out of range",
      patch: { desiredRetention: "0.99" },
      field: "desiredRetention",
      message: /0.97/,
    },
    { label: "a fractional hour", patch: { dayStartHour: "3.5" }, field: "dayStartHour", message: /whole hour/ },
    { label: "a made-up zone", patch: { timeZone: "Nowhere/Land" }, field: "timeZone", message: /time zone/ },
  ])("names the field for $label", ({ patch, field, message }) => {
    const r = reviewSettingsFormSchema.safeParse({ ...form, ...patch });
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toMatch(message);
  });
});

describe("buildQueue", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  const at = (h: number) => new Date(now.getTime() + h * 3_600_000);
  test("due first, most overdue first, then new items up to the day's allowance; suspended and future cards wait", () => {
    const queue = buildQueue({
      now,
      cards: [
        { itemId: "b", due: at(-1), suspended: false },
        { itemId: "a", due: at(-30), suspended: false },
        { itemId: "leech", due: at(-50), suspended: true },
        { itemId: "later", due: at(5), suspended: false },
      ],
      unseen: ["n1", "n2", "n3"],
      newToday: 18,
      newPerDay: 20,
    });
    expect(queue).toEqual({ due: ["a", "b"], fresh: ["n1", "n2"] });
  });
  test("no new items once the allowance is spent", () => {
    expect(buildQueue({ now, cards: [], unseen: ["n1"], newToday: 25, newPerDay: 20 }).fresh).toEqual([]);
  });
});
