"use client";

import { cardClass } from "@/components/ui/card";
import { TextLink, textLinkClass } from "@/components/ui/text-link";
import { groupMistakes, type CheckResult } from "@/lib/exercises/check";
import type { SolutionStep } from "@/lib/exercises/solution";

interface Props {
  result: CheckResult;
  verified: boolean;
  solution?: SolutionStep[];
  /** The hint a wrong answer is offered before the solution, when one is left. */
  nextHint?: { number: number; total: number; onReveal: () => void };
}

/** Score, the first wrong step, the diagnosed mistakes and the step-by-step solution. */
export function CheckResultPanel({ result, verified, solution, nextHint }: Props) {
  const percent = Math.round(result.score * 100);
  const allRight = result.firstWrongStep === null;
  return (
    <section aria-labelledby="result-heading" className={cardClass("space-y-4 p-5")}>
      <div role="status" aria-live="polite" className="space-y-1">
        <h2
          id="result-heading"
          tabIndex={-1}
          className={`text-lg font-semibold ${allRight ? "text-emerald-700 dark:text-emerald-300" : "text-rose-700 dark:text-rose-300"}`}
        >
          {allRight ? "✓ All right" : `✗ ${percent}% right`}
        </h2>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          {verified ? "Checked by the server." : "Checked in your browser; confirming with the server…"}
        </p>
      </div>
      <ul className="flex flex-wrap gap-2 text-sm">
        {result.quantities.map((q) => (
          <li
            key={q.ask}
            className={`rounded-md px-2 py-1 font-mono ring-1 ${q.ok ? "ring-emerald-500" : "ring-rose-500"}`}
          >
            {q.ask}: {q.right}/{q.total}
          </li>
        ))}
      </ul>
      {result.firstWrongStep ? (
        <p>
          First wrong step: <strong className="font-mono">{result.firstWrongStep}</strong>. Later steps may only be
          carrying that error forward; fix it first.
        </p>
      ) : null}
      {result.mistakes.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">What probably went wrong</h3>
          <ul className="space-y-2">
            {groupMistakes(result.mistakes).map((m) => (
              <li key={m.mistake} className="rounded-lg bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
                <p className="font-medium">
                  <span className="font-mono">{m.quantities.join(", ")}</span>: {m.title}
                </p>
                <p className="text-zinc-700 dark:text-zinc-300">{m.explanation}</p>
                <TextLink href={`/cards/${m.cardId}`}>Review the card that explains it</TextLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!allRight && nextHint ? (
        <p className="text-sm">
          Try again with the next hint before opening the solution:{" "}
          <button type="button" onClick={nextHint.onReveal} className={textLinkClass("font-medium")}>
            Show hint {nextHint.number} of {nextHint.total}
          </button>
        </p>
      ) : null}
      {/* Closed even after a wrong answer: opened, it gave the whole derivation away before a retry (and in a review
          pushed the rating bar out of view). The summary keeps it one click away. */}
      {solution ? (
        <details className="rounded-xl bg-zinc-50 dark:bg-zinc-900">
          <summary className="cursor-pointer px-4 py-2 font-medium">Step-by-step solution</summary>
          <ol className="prose-card space-y-1 overflow-x-auto px-4 pb-3">
            {solution.map((s) => (
              <li key={s.key} className="list-none" dangerouslySetInnerHTML={{ __html: s.html }} />
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
