import { applyRating, newCardState, type CardState, type Grade } from "./scheduler";
import type { ReviewSettings } from "./settings";

/** A card's state is, by definition, its review log replayed through ts-fsrs in review order. */
export function replayLogs(
  logs: ReadonlyArray<{ rating: number; review: Date }>,
  settings: Pick<ReviewSettings, "desiredRetention">,
): CardState | null {
  const ordered = [...logs].sort((a, b) => a.review.getTime() - b.review.getTime());
  const first = ordered[0];
  if (!first) return null;
  let card = newCardState(first.review);
  for (const log of ordered) card = applyRating(card, log.rating as Grade, log.review, settings).card;
  return card;
}
