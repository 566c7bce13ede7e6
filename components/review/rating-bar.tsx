"use client";

const NAMES = ["Again", "Hard", "Good", "Easy"] as const;
const STYLE = [
  "bg-rose-700 hover:bg-rose-800",
  "bg-amber-700 hover:bg-amber-800",
  "bg-emerald-700 hover:bg-emerald-800",
  "bg-sky-700 hover:bg-sky-800",
] as const;

interface Props {
  intervals: Array<{ rating: number; label: string }>;
  proposed?: number;
  disabled: boolean;
  onRate: (rating: number) => void;
}

/** Again/Hard/Good/Easy with the interval each would give; a proposed rating (MCQ, exercise) is outlined. */
export function RatingBar({ intervals, proposed, disabled, onRate }: Props) {
  return (
    <div role="group" aria-label="Rate how well you knew it" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {intervals.map(({ rating, label }) => (
        <button
          key={rating}
          type="button"
          disabled={disabled}
          onClick={() => onRate(rating)}
          aria-keyshortcuts={String(rating)}
          className={`flex flex-col items-center rounded-xl px-3 py-2 text-white disabled:opacity-60 ${STYLE[rating - 1]} ${
            proposed === rating ? "ring-4 ring-zinc-900/40 dark:ring-white/60" : ""
          }`}
        >
          <span className="font-semibold">
            <span data-key-hint>{rating} · </span>
            {NAMES[rating - 1]}
          </span>
          {/* In words, not only the ring: a ring alone is lost on a small screen and tells nobody why it is there. */}
          {proposed === rating ? <span className="text-xs font-semibold uppercase">Suggested</span> : null}
          <span className="text-xs">{label}</span>
        </button>
      ))}
    </div>
  );
}
