import { describe, expect, test } from "vitest";
import { executedBytes } from "../../bench/coverage";

// Shapes as V8 reports them: the script's own range first, then functions, then blocks inside functions.
describe("executedBytes", () => {
  test("a script whose top level ran but whose one function never did", () => {
    expect(
      executedBytes([
        { ranges: [{ startOffset: 0, endOffset: 100, count: 1 }] },
        { ranges: [{ startOffset: 10, endOffset: 60, count: 0 }] },
      ]),
    ).toBe(50);
  });

  test("a block that never ran inside a function that did, inside a script", () => {
    const functions = [
      { ranges: [{ startOffset: 0, endOffset: 100, count: 1 }] },
      {
        ranges: [
          { startOffset: 20, endOffset: 80, count: 3 },
          { startOffset: 30, endOffset: 40, count: 0 },
        ],
      },
      { ranges: [{ startOffset: 85, endOffset: 95, count: 0 }] },
    ];
    expect(executedBytes(functions)).toBe(100 - 10 - 10);
  });

  test("nothing ran", () => {
    expect(executedBytes([{ ranges: [{ startOffset: 0, endOffset: 40, count: 0 }] }])).toBe(0);
  });
});
