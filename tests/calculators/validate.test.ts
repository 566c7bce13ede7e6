import { describe, expect, test } from "vitest";
import { batchNorm, counted, gradientTable, layerNorm } from "@/lib/calculators";
import { matrix, vector } from "@/lib/calculators/validate";
import { EngineInputError } from "@/lib/engine";

/** The message a call fails with. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof EngineInputError) return error.message;
    throw error;
  }
  throw new Error("expected an EngineInputError");
}

// Messages said "must have 1 entries", and counted rows from 0 in words ("row 0 has variance 0") where the
// labelled messages and the tables count from 1.
describe("calculator messages: counts agree with their noun, positions in words count from 1", () => {
  test.each([
    { label: "one entry wanted", run: () => vector([1, 2], "v", { length: 1 }), says: "v must have 1 entry, got 2" },
    { label: "three entries wanted", run: () => vector([1], "v", { length: 3 }), says: "v must have 3 entries, got 1" },
    {
      label: "at most one entry",
      run: () => vector([1, 2], "v", { maxLength: 1 }),
      says: "v may have at most 1 entry, got 2",
    },
    {
      label: "at most one row",
      run: () => matrix([[1], [2]], "m", { maxRows: 1 }),
      says: "m may have at most 1 row, got 2",
    },
    {
      label: "a row of one entry among rows of two",
      run: () => matrix([[1, 2], [3]], "m"),
      says: "m[1] has 1 entry; every row needs 2",
    },
    {
      label: "a gradient of one entry beside one of two",
      run: () => gradientTable([{ param: "b", analytic: [1], numeric: [1, 2] }]),
      says: "b: analytic has 1 entry, numeric 2",
    },
    {
      label: "BatchNorm, a constant second feature",
      run: () =>
        batchNorm(
          [
            [1, 5],
            [2, 5],
          ],
          { eps: 0 },
        ),
      says: "feature 2 has variance 0; eps must be > 0 to normalize it",
    },
    {
      label: "LayerNorm, a constant first row",
      run: () =>
        layerNorm(
          [
            [3, 3],
            [1, 2],
          ],
          { eps: 0 },
        ),
      says: "row 1 has variance 0; eps must be > 0 to normalize it",
    },
  ])("$label: $says", ({ run, says }) => {
    expect(messageOf(run)).toBe(says);
  });
});

describe("counted", () => {
  test.each([
    { n: 0, says: "0 entries" },
    { n: 1, says: "1 entry" },
    { n: 2, says: "2 entries" },
  ])("$n → $says", ({ n, says }) => {
    expect(counted(n, "entry", "entries")).toBe(says);
  });
});
