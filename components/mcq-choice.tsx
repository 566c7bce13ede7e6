import type { ChoiceOutcome } from "@/lib/content/answers";
import { Mdx } from "./mdx";

const OUTCOME: Record<ChoiceOutcome, { label: string; icon: string; className: string }> = {
  "correct-picked": {
    label: "Correct, and you picked it",
    icon: "✓",
    className: "border-emerald-500 bg-emerald-50 dark:bg-emerald-950/50",
  },
  "correct-missed": {
    label: "Correct, but you missed it",
    icon: "!",
    className: "border-amber-500 bg-amber-50 dark:bg-amber-950/40",
  },
  "wrong-picked": {
    label: "Wrong, and you picked it",
    icon: "✗",
    className: "border-rose-500 bg-rose-50 dark:bg-rose-950/40",
  },
  "wrong-unpicked": { label: "Wrong, not picked", icon: "·", className: "border-zinc-200 dark:border-zinc-800" },
};

/**
 * What a choice's outcome says. With one right answer, "you missed it" reads as if the learner should also
 * have ticked it beside their own pick; there it is simply the answer they should have picked instead.
 */
export function outcomeLabel(outcome: ChoiceOutcome, multiple: boolean): string {
  return outcome === "correct-missed" && !multiple ? "This was the right answer" : OUTCOME[outcome].label;
}

interface Props {
  /** The choice's id, sent as the pick. */
  id: number;
  /** Where it is shown, from 0: its number key is position + 1. */
  position: number;
  text: string;
  why: string;
  multiple: boolean;
  picked: boolean;
  outcome?: ChoiceOutcome;
}

export function McqChoice({ id, position, text, why, multiple, picked, outcome }: Props) {
  const look = outcome ? { ...OUTCOME[outcome], label: outcomeLabel(outcome, multiple) } : undefined;
  return (
    <li
      className={`rounded-xl border-2 ${look?.className ?? "border-zinc-200 has-[:checked]:border-brand-500 dark:border-zinc-800"}`}
    >
      <label className="flex cursor-pointer items-start gap-3 p-4">
        <input
          type={multiple ? "checkbox" : "radio"}
          name="pick"
          value={id}
          defaultChecked={picked}
          data-choice-index={position}
          data-choice-id={id}
          className="mt-1.5 size-4 accent-brand-600"
        />
        <kbd
          aria-hidden
          data-key-hint
          className="mt-0.5 rounded border border-zinc-300 px-1.5 font-mono text-xs text-zinc-500 dark:text-zinc-400 dark:border-zinc-700"
        >
          {position + 1}
        </kbd>
        <span className="min-w-0 flex-1">
          <Mdx source={text} inline />
        </span>
        {look ? (
          <span className="text-sm font-semibold" title={look.label}>
            <span aria-hidden>{look.icon}</span>
            <span className="sr-only">{look.label}</span>
          </span>
        ) : null}
      </label>
      {look ? (
        <div className="border-t border-zinc-200/70 px-4 py-3 text-sm dark:border-zinc-700/70">
          <p className="mb-1 font-medium">{look.label}.</p>
          <Mdx source={why} />
        </div>
      ) : null}
    </li>
  );
}
