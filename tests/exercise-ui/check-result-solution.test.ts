import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { CheckResultPanel } from "@/components/exercise/check-result";
import type { CheckResult } from "@/lib/exercises/check";
import type { SolutionStep } from "@/lib/exercises/solution";

const wrong: CheckResult = {
  score: 0.5,
  quantities: [{ ask: "dz2", right: 1, total: 2, ok: false, entries: [[true, false]] }],
  firstWrongStep: "dz2",
  mistakes: [],
};
const right: CheckResult = { ...wrong, score: 1, firstWrongStep: null };
const solution: SolutionStep[] = [{ key: "dz2", phase: "backward", html: "<span>dz2 = 0.5</span>" }];

/** The opening tag of the solution's <details>, and whether its summary is there. */
const solutionDetails = (result: CheckResult, collapseSolution?: boolean) => {
  const html = renderToStaticMarkup(
    createElement(CheckResultPanel, { result, verified: true, solution, collapseSolution }),
  );
  expect(html).toContain(">Step-by-step solution</summary>");
  return /<details[^>]*>/.exec(html)?.[0] ?? "";
};

// In a review the rating bar comes after this panel, and a wrong answer's open solution pushed it off screen: the
// review collapses the solution, the card page still opens it after a wrong answer.
describe("the step-by-step solution after a check", () => {
  test.each([
    { label: "card page, wrong answer: open", result: wrong, collapse: undefined, open: true },
    { label: "card page, all right: closed", result: right, collapse: undefined, open: false },
    { label: "review, wrong answer: closed", result: wrong, collapse: true, open: false },
    { label: "review, all right: closed", result: right, collapse: true, open: false },
  ])("$label", ({ result, collapse, open }) => {
    expect(/\sopen(=""|\s|>)/.test(solutionDetails(result, collapse))).toBe(open);
  });
});
