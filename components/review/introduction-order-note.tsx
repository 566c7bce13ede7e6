import type { ReviewEntry } from "./types";

/**
 * One sentence on the order items are introduced in (lib/content/introduction-order.ts), said where it applies: a
 * visit with new items, or cram, which takes every matching item in that order.
 */
export function IntroductionOrderNote({ entries, cram }: { entries: ReviewEntry[]; cram: boolean }) {
  if (entries.length === 0 || (!cram && !entries.some((e) => e.isNew))) return null;
  return (
    <p className="text-sm text-zinc-500 dark:text-zinc-400">
      {cram ? "Cards" : "New cards"} come deck by deck, in the order of the deck list; within a deck easy before hard,
      and each Q&amp;A before the MCQs and exercises that test it.
    </p>
  );
}
