"use client";

import type { ReviewEntry } from "./types";

interface Props {
  choices: NonNullable<ReviewEntry["choices"]>;
  /** Choice ids. */
  picked: number[];
  revealed: boolean;
  /** Called with the shown position, as a number key is. */
  onToggle: (position: number) => void;
}

/** Choices to pick before revealing; afterwards each is marked right or wrong with its explanation. */
export function McqReview({ choices, picked, revealed, onToggle }: Props) {
  const multiple = choices.filter((c) => c.correct).length > 1;
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm text-zinc-500 dark:text-zinc-400">
        {multiple ? "Select all that apply" : "Pick one"}
        <span data-key-hint> (keys 1–{choices.length})</span>
      </legend>
      {choices.map((c, i) => {
        const chosen = picked.includes(c.id);
        const mark = !revealed
          ? ""
          : c.correct
            ? "border-emerald-500"
            : chosen
              ? "border-rose-500"
              : "border-zinc-200 dark:border-zinc-800";
        return (
          <div
            key={c.id}
            className={`rounded-xl border-2 ${mark || (chosen ? "border-brand-500" : "border-zinc-200 dark:border-zinc-800")}`}
          >
            <label className="flex cursor-pointer items-start gap-3 p-3">
              <input
                type={multiple ? "checkbox" : "radio"}
                name="review-choice"
                checked={chosen}
                disabled={revealed}
                onChange={() => onToggle(i)}
                className="mt-1.5 size-4 accent-brand-600"
              />
              {/* The key that picks it, as on the card page: "keys 1–4" alone left the learner counting choices. */}
              <kbd
                aria-hidden
                data-key-hint
                className="mt-0.5 rounded border border-zinc-300 px-1.5 font-mono text-xs text-zinc-500 dark:border-zinc-700 dark:text-zinc-400"
              >
                {i + 1}
              </kbd>
              <span className="min-w-0 flex-1">{c.text}</span>
              {revealed ? (
                <span className="text-sm font-semibold">{c.correct ? "✓ right" : chosen ? "✗ your pick" : ""}</span>
              ) : null}
            </label>
            {revealed ? (
              <div className="border-t border-zinc-200/70 px-3 py-2 text-sm dark:border-zinc-700/70">{c.why}</div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
