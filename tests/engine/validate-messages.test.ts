import { describe, expect, test } from "vitest";
import { EngineInputError, validateSpec } from "@/lib/engine";
import { cloneSpec, SMALL_NET } from "./helpers";

/** The message validateSpec gives SMALL_NET (2-2-1, two examples) with one change. */
function messageOf(change: (s: Record<string, unknown>) => void): string {
  const spec = cloneSpec(SMALL_NET) as unknown as Record<string, unknown>;
  change(spec);
  try {
    validateSpec(spec);
  } catch (error) {
    if (error instanceof EngineInputError) return error.message;
    throw error;
  }
  throw new Error("expected an EngineInputError");
}

// The gradient-check and step-through calculators show these: "must have 1 entries", and a ragged matrix's rows
// counted from 0 in words ("row 1 has 1 entries but row 0 has 2") where every other message counts from 1.
describe("spec messages: counts agree with their noun, rows in words count from 1", () => {
  test.each([
    {
      label: "b2 of one output given two",
      change: (s: Record<string, unknown>) => (s.b2 = [0.2, 0.3]),
      says: /^b2 must have 1 entry\b.*got 2$/,
    },
    {
      label: "b1 of two units given one",
      change: (s: Record<string, unknown>) => (s.b1 = [0.1]),
      says: /^b1 must have 2 entries\b.*got 1$/,
    },
    {
      label: "W2 of two rows given one",
      change: (s: Record<string, unknown>) => (s.W2 = [[0.5]]),
      says: /^W2 must have 2 rows\b.*got 1$/,
    },
    {
      label: "y of one column given two",
      change: (s: Record<string, unknown>) =>
        (s.y = [
          [1, 0],
          [0, 1],
        ]),
      says: /^y must have 1 column\b.*got 2$/,
    },
    {
      label: "x's second row shorter than its first",
      change: (s: Record<string, unknown>) => (s.x = [[1, 2], [3]]),
      says: /^x is ragged: row 2 has 1 entry but row 1 has 2$/,
    },
  ])("$label", ({ change, says }) => {
    expect(messageOf(change)).toMatch(says);
  });
});
