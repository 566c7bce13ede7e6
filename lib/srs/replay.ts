import { applyRating, newCardState, type CardState, type Grade, type LogState } from "./scheduler";
import type { ReviewSettings } from "./settings";
import { nextTurn } from "@/lib/server/next-turn";

type Replayed<T> = { card: CardState; steps: Array<{ log: T; schedule: LogState }> };

/** Each rating of a history in review order, with the schedule it records and the card it leaves. */
function* replaySteps<T extends { rating: number; review: Date }>(
  logs: ReadonlyArray<T>,
  settings: Pick<ReviewSettings, "desiredRetention">,
): Generator<{ log: T; schedule: LogState; card: CardState }> {
  const ordered = [...logs].sort((a, b) => a.review.getTime() - b.review.getTime());
  const first = ordered[0];
  if (!first) return;
  let card = newCardState(first.review);
  for (const log of ordered) {
    const next = applyRating(card, log.rating as Grade, log.review, settings);
    card = next.card;
    yield { log, schedule: next.log, card };
  }
}

/**
 * A card's history replayed through ts-fsrs in review order: the card it ends in, and each log with the schedule
 * ts-fsrs records for it (state before the rating, due, stability, ...), which is what undo rolls back with.
 */
export function replayHistory<T extends { rating: number; review: Date }>(
  logs: ReadonlyArray<T>,
  settings: Pick<ReviewSettings, "desiredRetention">,
): Replayed<T> | null {
  let card: CardState | null = null;
  const steps: Replayed<T>["steps"] = [];
  for (const step of replaySteps(logs, settings)) {
    steps.push({ log: step.log, schedule: step.schedule });
    card = step.card;
  }
  return card ? { card, steps } : null;
}

/** How many ratings are replayed between turns of the event loop. */
const REPLAY_SLICE = 250;

/**
 * replayHistory for a long history inside a request: the same steps, with a turn of the event loop after every
 * slice, so one item's replay never holds the server for long. Throws what ts-fsrs throws on a history it refuses.
 */
export async function replayHistoryInSlices<T extends { rating: number; review: Date }>(
  logs: ReadonlyArray<T>,
  settings: Pick<ReviewSettings, "desiredRetention">,
): Promise<Replayed<T> | null> {
  let card: CardState | null = null;
  const steps: Replayed<T>["steps"] = [];
  for (const step of replaySteps(logs, settings)) {
    if (steps.length > 0 && steps.length % REPLAY_SLICE === 0) await nextTurn();
    steps.push({ log: step.log, schedule: step.schedule });
    card = step.card;
  }
  return card ? { card, steps } : null;
}

/** A card's state is, by definition, its review log replayed through ts-fsrs in review order. */
export function replayLogs(
  logs: ReadonlyArray<{ rating: number; review: Date }>,
  settings: Pick<ReviewSettings, "desiredRetention">,
): CardState | null {
  return replayHistory(logs, settings)?.card ?? null;
}
