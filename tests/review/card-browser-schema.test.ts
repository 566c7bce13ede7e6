import { describe, expect, test } from "vitest";
import { cardBrowserParamsSchema, stateName } from "@/lib/review/card-browser-schema";

describe("card browser URL parameters", () => {
  test.each([
    { label: "nothing: sort by due", raw: {}, want: { sort: "due" } },
    {
      label: "every filter",
      raw: { deck: "foundations", state: "review", suspended: "yes", sort: "lapses" },
      want: { deck: "foundations", state: "review", suspended: "yes", sort: "lapses" },
    },
    { label: "an unknown state is dropped", raw: { state: "mastered" }, want: { sort: "due" } },
    { label: "an unknown sort falls back to due", raw: { sort: "random" }, want: { sort: "due" } },
    { label: "a malformed deck is dropped", raw: { deck: "x" }, want: { sort: "due" } },
    {
      label: "a repeated parameter: the first counts",
      raw: { state: ["new", "review"] },
      want: { state: "new", sort: "due" },
    },
    { label: "suspended takes only yes or no", raw: { suspended: "maybe" }, want: { sort: "due" } },
  ])("$label", ({ raw, want }) => {
    const parsed = cardBrowserParamsSchema.parse(raw);
    expect(Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined))).toEqual(want);
  });

  test.each([
    { label: "New", state: 0, name: "new" },
    { label: "Learning", state: 1, name: "learning" },
    { label: "Review", state: 2, name: "review" },
    { label: "Relearning", state: 3, name: "relearning" },
  ])("ts-fsrs state $label is $name", ({ state, name }) => {
    expect(stateName(state)).toBe(name);
  });
});
