import { describe, expect, test, vi } from "vitest";

// Nobody is signed in: the refused-form paths return before any write, and a valid form then meets the session check.
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).fakeSession({ user: null }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { updateSettings } = await import("@/lib/review/settings-action");

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const valid = { desiredRetention: "0.85", newPerDay: "15", dayStartHour: "3", timeZone: "Europe/Paris" };

describe("updateSettings echoes what was typed when it refuses it", () => {
  test.each([
    { label: "retention out of range", fields: { ...valid, desiredRetention: "0.5" }, bad: "desiredRetention" },
    { label: "negative new per day", fields: { ...valid, newPerDay: "-3" }, bad: "newPerDay" },
    { label: "hour past 23", fields: { ...valid, dayStartHour: "30" }, bad: "dayStartHour" },
    { label: "unknown time zone", fields: { ...valid, timeZone: "Mars/Olympus" }, bad: "timeZone" },
  ])("$label: the typed values come back beside the error", async ({ fields, bad }) => {
    const state = await updateSettings({}, form(fields));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {})).toEqual([bad]);
    // Every field, the valid ones too: the form is reset after the action and would otherwise lose them.
    expect(state.values).toEqual(fields);
  });

  test("a signed-out save keeps the typed values too", async () => {
    const state = await updateSettings({}, form(valid));
    expect(state).toMatchObject({ ok: false, values: valid });
  });

  test("a pasted wall of text is not sent back whole", async () => {
    const state = await updateSettings({}, form({ ...valid, timeZone: "x".repeat(10_000) }));
    expect(state.values?.timeZone).toHaveLength(100);
  });
});
