import type { Difficulty } from "@/lib/content/schema";

const STYLES: Record<Difficulty, string> = {
  easy: "bg-emerald-50 text-emerald-800 ring-emerald-600/30 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-400/30",
  medium: "bg-amber-50 text-amber-900 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/30",
  hard: "bg-rose-50 text-rose-800 ring-rose-600/30 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-400/30",
};

const DOT: Record<Difficulty, string> = { easy: "bg-emerald-500", medium: "bg-amber-500", hard: "bg-rose-500" };

export const DIFFICULTY_LABEL: Record<Difficulty, string> = { easy: "Easy", medium: "Medium", hard: "Hard" };

/** Colour plus the word itself, so colour is never the only signal. */
export function DifficultyChip({ difficulty }: { difficulty: Difficulty }) {
  return (
    <span
      data-difficulty={difficulty}
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[difficulty]}`}
    >
      <span aria-hidden className={`size-1.5 rounded-full ${DOT[difficulty]}`} />
      {DIFFICULTY_LABEL[difficulty]}
    </span>
  );
}
