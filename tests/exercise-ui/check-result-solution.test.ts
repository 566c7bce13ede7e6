import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { CheckResultPanel } from "@/components/exercise/check-result";
import { MISTAKES, type MistakeId } from "@/lib/engine";
import type { CheckResult } from "@/lib/exercises/check";
import { MISTAKE_CARDS } from "@/lib/exercises/mistake-cards";
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

describe("the diagnosed mistakes", () => {
  const found = (quantity: string, mistake: MistakeId) => ({
    quantity,
    mistake,
    title: MISTAKES[mistake].title,
    explanation: MISTAKES[mistake].explanation,
    cardId: MISTAKE_CARDS[mistake],
  });

  // A bias left out reaches z1, a1, z2, a2 and the loss: five copies of one explanation buried the other mistake.
  test("one mistake carried down the chain is named once, with every quantity it reached", () => {
    const result: CheckResult = {
      ...wrong,
      mistakes: [
        found("z1", "bias-forgotten"),
        found("z2", "bias-forgotten"),
        found("loss", "log-base-10"),
        found("loss", "bias-forgotten"),
      ],
    };
    const html = renderToStaticMarkup(createElement(CheckResultPanel, { result, verified: true }));
    const items = [...html.matchAll(/<li class="rounded-lg[^"]*">(.*?)<\/li>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ""),
    );
    expect(items).toHaveLength(2);
    expect(items[0]).toContain(`z1, z2, loss: ${MISTAKES["bias-forgotten"].title}`);
    expect(items[1]).toContain(`loss: ${MISTAKES["log-base-10"].title}`);
    expect(html.match(/Review the card that explains it/g)).toHaveLength(2);
  });
});
