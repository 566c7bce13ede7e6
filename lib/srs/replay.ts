import { applyRating, newCardState, type CardState, type Grade, type LogState } from "./scheduler";
import type { ReviewSettings } from "./settings";

/**
 * A card's history replayed through ts-fsrs in review order: the card it ends in, and each log with the schedule
 * ts-fsrs records for it (state before the rating, due, stability, ...), which is what undo rolls back with.
 */
export function replayHistory<T extends { rating: number; review: Date }>(
  logs: ReadonlyArray<T>,
  settings: Pick<ReviewSettings, "desiredRetention">,
): { card: CardState; steps: Array<{ log: T; schedule: LogState }> } | null {
  const ordered = [...logs].sort((a, b) => a.review.getTime() - b.review.getTime());
  const first = ordered[0];
  if (!first) return null;
  let card = newCardState(first.review);
  const steps: Array<{ log: T; schedule: LogState }> = [];
  for (const log of ordered) {
    const next = applyRating(card, log.rating as Grade, log.review, settings);
    steps.push({ log, schedule: next.log });
    card = next.card;
  }
  return { card, steps };
}

/** A card's state is, by definition, its review log replayed through ts-fsrs in review order. */
export function replayLogs(
  logs: ReadonlyArray<{ rating: number; review: Date }>,
  settings: Pick<ReviewSettings, "desiredRetention">,
): CardState | null {
  return replayHistory(logs, settings)?.card ?? null;
}
