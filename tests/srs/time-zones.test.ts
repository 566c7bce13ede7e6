import { describe, expect, test } from "vitest";
import { exactTimeZone, searchTimeZones, SHOWN_ZONES, timeZoneChoices, utcOffset } from "@/lib/srs/time-zones";
import { timeZoneSchema } from "@/lib/srs/settings";

// The list the settings page offers: this runtime's zones, as the server builds it.
const zones = timeZoneChoices(Intl.supportedValuesOf("timeZone"), "UTC");

describe("searchTimeZones", () => {
  test.each([
    { label: "spaces for underscores", query: "new york", first: "America/New_York" },
    { label: "any case", query: "NEW_YORK", first: "America/New_York" },
    { label: "a city ICU lists under its old name", query: "kolkata", first: "Asia/Kolkata" },
    { label: "another renamed city", query: "kyiv", first: "Europe/Kyiv" },
    { label: "utc, which the runtime's list leaves out", query: "utc", first: "UTC" },
    { label: "a partial city", query: "berl", first: "Europe/Berlin" },
    { label: "the region and city", query: "europe/par", first: "Europe/Paris" },
    { label: "a city's start before a match inside a name", query: "paris", first: "Europe/Paris" },
    { label: "padding around the text", query: "  tokyo ", first: "Asia/Tokyo" },
  ])("$label: $query finds $first first", ({ query, first }) => {
    expect(searchTimeZones(zones, query).shown[0]).toBe(first);
  });

  test.each([
    { label: "no zone has it", query: "atlantis" },
    { label: "a city's letters out of order", query: "yrok wen" },
  ])("no match: $label", ({ query }) => {
    expect(searchTimeZones(zones, query)).toEqual({ shown: [], total: 0 });
  });

  test("an empty query shows the first zones and counts them all", () => {
    const { shown, total } = searchTimeZones(zones, "");
    expect(shown).toHaveLength(SHOWN_ZONES);
    expect(total).toBe(zones.length);
  });

  test("a broad query is capped, and the count says how many matched", () => {
    const { shown, total } = searchTimeZones(zones, "america");
    expect(shown).toHaveLength(SHOWN_ZONES);
    expect(total).toBeGreaterThan(SHOWN_ZONES);
    expect(shown.every((z) => z.toLowerCase().includes("america"))).toBe(true);
  });
});

describe("timeZoneChoices", () => {
  test("every zone offered is one the settings schema accepts, each once", () => {
    expect(zones.filter((z) => !timeZoneSchema.safeParse(z).success)).toEqual([]);
    expect(new Set(zones).size).toBe(zones.length);
  });

  test("a zone the account was stored with is offered even under a name the list does not use", () => {
    expect(timeZoneChoices(["Asia/Calcutta"], "Asia/Calcutta")).toEqual(["Asia/Calcutta", "Asia/Kolkata", "UTC"]);
  });
});

test.each([
  { label: "a whole name", text: "europe/paris", zone: "Europe/Paris" },
  { label: "spaces", text: "America/New York", zone: "America/New_York" },
  { label: "a part of one", text: "paris", zone: null },
  { label: "nothing", text: " ", zone: null },
])("exactTimeZone: $label", ({ text, zone }) => {
  expect(exactTimeZone(zones, text)).toBe(zone);
});

test.each([
  { zone: "UTC", offset: "UTC+00:00" },
  { zone: "Asia/Kolkata", offset: "UTC+05:30" },
  { zone: "America/New_York", offset: "UTC-05:00" },
])("utcOffset of $zone in January is $offset", ({ zone, offset }) => {
  expect(utcOffset(zone, new Date("2026-01-15T12:00:00Z"))).toBe(offset);
});
