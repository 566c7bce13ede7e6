import { describe, expect, test } from "vitest";
import { nestsDeeper } from "@/lib/server/json-depth";

describe("nestsDeeper", () => {
  test.each([
    { label: "flat", text: '{"a":1}', max: 1, deeper: false },
    { label: "at the limit", text: "[[[]]]", max: 3, deeper: false },
    { label: "one past the limit", text: "[[[[]]]]", max: 3, deeper: true },
    { label: "objects count like arrays", text: '{"a":{"b":{"c":{}}}}', max: 3, deeper: true },
    { label: "brackets in a string do not count", text: '["[[[[{{{{"]', max: 1, deeper: false },
    { label: "an escaped quote keeps the string open", text: '["\\"[[[["]', max: 1, deeper: false },
    { label: "an escaped backslash closes it", text: '["\\\\",[[]]]', max: 2, deeper: true },
    { label: "siblings do not add up", text: "[[],[],[[]]]", max: 3, deeper: false },
  ])("$label", ({ text, max, deeper }) => {
    expect(nestsDeeper(text, max)).toBe(deeper);
  });
});
