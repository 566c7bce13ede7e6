import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import type { DeckSummary } from "@/lib/content/repository";
import { DIFFICULTIES } from "@/lib/content/schema";
import { DIFFICULTY_LABEL } from "./difficulty-chip";

const BAR: Record<(typeof DIFFICULTIES)[number], string> = {
  easy: "bg-emerald-500",
  medium: "bg-amber-500",
  hard: "bg-rose-500",
};

/**
 * "10 Q&A · 5 MCQ · 2 derivations", leaving out kinds the deck has none of: the derivations deck read
 * "14 cards · 0 Q&A · 0 MCQ", as if it held nothing to do.
 */
export function kindCounts(deck: Pick<DeckSummary, "qaCount" | "mcqCount" | "derivationCount">): string {
  const parts: Array<[number, string]> = [
    [deck.qaCount, "Q&A"],
    [deck.mcqCount, "MCQ"],
    [deck.derivationCount, deck.derivationCount === 1 ? "derivation" : "derivations"],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(" · ");
}

export function DeckTile({ deck }: { deck: DeckSummary }) {
  const mixText = DIFFICULTIES.map((d) => `${deck.mix[d]} ${DIFFICULTY_LABEL[d].toLowerCase()}`).join(", ");
  return (
    <Link
      href={`/decks/${deck.id}`}
      className={cardClass(
        "group flex flex-col gap-3 p-5 transition hover:border-brand-500 hover:shadow-md dark:hover:border-brand-500",
      )}
    >
      <h2 className="text-lg font-semibold group-hover:text-brand-600 dark:group-hover:text-brand-100">{deck.title}</h2>
      <p className="flex-1 text-sm leading-6 text-zinc-600 dark:text-zinc-400">{deck.description}</p>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        <strong>{deck.itemCount}</strong> cards · {kindCounts(deck)}
      </p>
      <div>
        <div className="flex h-2 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden>
          {DIFFICULTIES.map((d) =>
            deck.mix[d] > 0 ? (
              <span
                key={d}
                className={BAR[d]}
                style={{ width: `${(100 * deck.mix[d]) / Math.max(1, deck.itemCount)}%` }}
              />
            ) : null,
          )}
        </div>
        <p className="mt-1.5 text-xs text-zinc-500 dark:text-zinc-400">{mixText}</p>
      </div>
    </Link>
  );
}
