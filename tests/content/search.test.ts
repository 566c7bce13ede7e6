import { describe, expect, test } from "vitest";
import { searchItems } from "@/lib/content/repository";

describe("search", () => {
  test.each([
    // TeX in the content: W_1, \delta_2. Typed the way a learner writes them, they used to find nothing.
    { label: "a subscripted weight typed plainly", query: "dW1" },
    { label: "a subscripted Greek letter typed plainly", query: "delta2" },
    { label: "an ordinary word still works", query: "softmax" },
  ])("$label ($query) finds cards", async ({ query }) => {
    expect((await searchItems(query)).length).toBeGreaterThan(0);
  });

  test("every word must still match", async () => {
    expect(await searchItems("softmax zzzznotaword")).toEqual([]);
  });
});
