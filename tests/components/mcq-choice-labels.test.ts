import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import type { ChoiceOutcome } from "@/lib/content/answers";

// Mdx is an async server component (it compiles MDX), which the static renderer cannot await; the choice's
// labels do not depend on it.
vi.mock("@/components/mdx", () => ({ Mdx: ({ source }: { source: string }) => source }));
const { McqChoice } = await import("@/components/mcq-choice");

/** The outcome sentence under a graded choice. */
const verdict = (outcome: ChoiceOutcome, multiple: boolean) => {
  const html = renderToStaticMarkup(
    createElement(McqChoice, { id: 0, position: 0, text: "A", why: "Because.", multiple, picked: false, outcome }),
  );
  return /<p class="mb-1 font-medium">([^<]*)<\/p>/.exec(html)?.[1];
};

// "Correct, but you missed it" under the one right answer of a pick-one question read as if it should have been
// ticked as well as the learner's pick.
describe("the verdict under a graded MCQ choice", () => {
  test.each([
    {
      label: "single choice, right answer not picked",
      outcome: "correct-missed",
      multiple: false,
      expected: "This was the right answer.",
    },
    {
      label: "select all, right answer not picked",
      outcome: "correct-missed",
      multiple: true,
      expected: "Correct, but you missed it.",
    },
    {
      label: "single choice, right answer picked",
      outcome: "correct-picked",
      multiple: false,
      expected: "Correct, and you picked it.",
    },
    {
      label: "single choice, wrong answer picked",
      outcome: "wrong-picked",
      multiple: false,
      expected: "Wrong, and you picked it.",
    },
  ] satisfies { label: string; outcome: ChoiceOutcome; multiple: boolean; expected: string }[])(
    "$label: $expected",
    ({ outcome, multiple, expected }) => {
      expect(verdict(outcome, multiple)).toBe(expected);
    },
  );
});
