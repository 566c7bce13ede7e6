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

type NextHint = { number: number; total: number; onReveal: () => void };
const panel = (result: CheckResult, nextHint?: NextHint) =>
  renderToStaticMarkup(createElement(CheckResultPanel, { result, verified: true, solution, nextHint }));

/** The opening tag of the solution's <details>, and whether its summary is there. */
const solutionDetails = (result: CheckResult, nextHint?: NextHint) => {
  const html = panel(result, nextHint);
  expect(html).toContain(">Step-by-step solution</summary>");
  return /<details[^>]*>/.exec(html)?.[0] ?? "";
};

const hint = (number: number, total: number): NextHint => ({ number, total, onReveal: () => {} });

// A wrong check on a card page used to open the whole solution, which spoiled the retry; the review kept it closed
// because its rating bar follows this panel. Now it stays closed everywhere, one click away, and a wrong answer is
// first offered the next hint.
describe("the step-by-step solution after a check", () => {
  test.each([
    { label: "wrong answer, hints left: closed", result: wrong, nextHint: hint(1, 2) },
    { label: "wrong answer, no hints left: closed", result: wrong, nextHint: undefined },
    { label: "all right: closed", result: right, nextHint: hint(1, 2) },
  ])("$label", ({ result, nextHint }) => {
    expect(solutionDetails(result, nextHint)).not.toMatch(/\sopen(=""|\s|>)/);
  });

  test.each([
    { label: "the first of two", nextHint: hint(1, 2), offer: "Show hint 1 of 2" },
    { label: "the last of three", nextHint: hint(3, 3), offer: "Show hint 3 of 3" },
  ])("a wrong answer is offered the next hint before the solution: $label", ({ nextHint, offer }) => {
    const html = panel(wrong, nextHint);
    const at = html.indexOf(`>${offer}</button>`);
    expect(at).toBeGreaterThan(-1);
    expect(at).toBeLessThan(html.indexOf(">Step-by-step solution</summary>"));
  });

  test.each([
    { label: "an answer that is all right", result: right, nextHint: hint(1, 2) },
    { label: "a wrong answer with every hint shown", result: wrong, nextHint: undefined },
  ])("no hint is offered for $label", ({ result, nextHint }) => {
    expect(panel(result, nextHint)).not.toMatch(/Show hint \d+ of \d+/);
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
