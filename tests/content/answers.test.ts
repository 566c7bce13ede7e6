import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { gradeMcq, mcqPicksSchema } from "@/lib/content/answers";

const choices = [{ correct: true }, { correct: false }, { correct: true }, { correct: false }];

describe("gradeMcq", () => {
  test.each([
    { label: "exactly the correct choices", picked: [0, 2], correct: true },
    { label: "one correct choice missing", picked: [0], correct: false },
    { label: "a wrong choice added", picked: [0, 1, 2], correct: false },
    { label: "nothing picked", picked: [], correct: false },
    { label: "an index past the last choice", picked: [0, 2, 5], correct: false },
  ])("$label", ({ picked, correct }) => {
    expect(gradeMcq(choices, picked).correct).toBe(correct);
  });

  test("labels every choice", () => {
    expect(gradeMcq(choices, [0, 1]).outcomes).toEqual([
      "correct-picked",
      "wrong-picked",
      "correct-missed",
      "wrong-unpicked",
    ]);
  });

  test("property: correct if and only if the picked set equals the correct set", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 2, maxLength: 6 }), fc.array(fc.nat(5)), (flags, picks) => {
        const cs = flags.map((correct) => ({ correct }));
        const picked = [...new Set(picks)];
        const expected =
          picked.every((p) => p < cs.length && cs[p]!.correct) && cs.every((c, i) => !c.correct || picked.includes(i));
        expect(gradeMcq(cs, picked).correct).toBe(expected);
      }),
    );
  });
});

describe("mcqPicksSchema", () => {
  test.each([
    { label: "a single pick", input: "2", output: [2] },
    { label: "several picks, unsorted and repeated", input: ["3", "0", "3"], output: [0, 3] },
  ])("accepts $label", ({ input, output }) => {
    expect(mcqPicksSchema.parse(input)).toEqual(output);
  });

  test.each([
    { label: "a non-number", input: "abc" },
    { label: "a negative index", input: "-1" },
    { label: "an index past 5", input: "6" },
    { label: "a decimal", input: "1.5" },
    { label: "too many picks", input: ["0", "1", "2", "3", "4", "5", "0"] },
  ])("rejects $label", ({ input }) => {
    expect(mcqPicksSchema.safeParse(input).success).toBe(false);
  });
});
