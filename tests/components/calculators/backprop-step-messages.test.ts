import { describe, expect, test } from "vitest";
import { CALCULATOR_DEFAULTS } from "@/components/calculators/defaults";
import { computeBackprop, OWNERS, type BackpropState } from "@/components/calculators/backprop-step-math";
import { attempt, labelMessage } from "@/components/calculators/parse";

const defaults: BackpropState = CALCULATOR_DEFAULTS["backprop-step"];

/** The message the step-through shows for a state, as the field's label would show it when given. */
function problemOf(over: Partial<BackpropState>, label?: string): string {
  const r = attempt(() => computeBackprop({ ...defaults, ...over }), OWNERS);
  if (r.ok) throw new Error("expected a problem");
  return label ? labelMessage(r.problem.message, r.problem.field, label) : r.problem.message;
}

// The step-through said "W1 row 0 must have 2 entries" for the first row, where the labelled messages said "row 1",
// and "must have 1 entries" for a one-output network.
describe("backprop step-through messages", () => {
  test.each([
    {
      label: "a short second row of W1",
      over: { W1: "0.1, -0.2; 0.3" },
      says: "W1 row 2 must have 2 entries (h hidden units), got 1",
    },
    {
      label: "a long first row of W2",
      over: { W2: "0.5, 1; -0.6" },
      says: "W2 row 1 must have 1 entry (d_out outputs), got 2",
    },
    { label: "one row too many in W2", over: { W2: "0.5; -0.6; 1" }, says: "W2 must have 2 rows (h), got 3" },
    {
      label: "a one-entry b2 given two",
      over: { b2: "0.2, 0.3" },
      says: "b2 must have 1 entry (d_out outputs), got 2",
    },
    { label: "x of one example given two", over: { x: "1, 0.5; 2, 1" }, says: "x must have 1 row (n examples), got 2" },
  ])("$label: $says", ({ over, says }) => {
    expect(problemOf(over)).toBe(says);
  });

  test("a typed entry that is not a number is named by its row and entry, from 1", () => {
    expect(problemOf({ W1: "0.1, -0.2; 0.3, abc" }, "W1 (d_in × h)")).toBe(
      "W1 (d_in × h), row 2, entry 2: “abc” is not a number",
    );
  });
});
