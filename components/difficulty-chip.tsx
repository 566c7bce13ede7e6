import { Chip, type ChipTone } from "@/components/ui/chip";
import type { Difficulty } from "@/lib/content/schema";

const TONE: Record<Difficulty, ChipTone> = { easy: "success", medium: "warning", hard: "danger" };

const DOT: Record<Difficulty, string> = { easy: "bg-emerald-500", medium: "bg-amber-500", hard: "bg-rose-500" };

export const DIFFICULTY_LABEL: Record<Difficulty, string> = { easy: "Easy", medium: "Medium", hard: "Hard" };

/** Colour plus the word itself, so colour is never the only signal. */
export function DifficultyChip({ difficulty }: { difficulty: Difficulty }) {
  return (
    <Chip data-difficulty={difficulty} shape="pill" tone={TONE[difficulty]} className="gap-1.5">
      <span aria-hidden className={`size-1.5 rounded-full ${DOT[difficulty]}`} />
      {DIFFICULTY_LABEL[difficulty]}
    </Chip>
  );
}
