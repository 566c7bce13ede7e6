import type { ReviewEntry } from "./types";

/** The queue as the server counted it when the visit started. */
export interface QueueCounts {
  due: number;
  fresh: number;
  /** New items already started today, before this visit. */
  newToday: number;
  newPerDay: number;
}

/**
 * What is left after the first `rated` entries of the visit were rated: a due item rated is no longer due now, a new
 * one is no longer new and counts against today's limit (not in cram mode, where nothing is saved). Derived from the
 * session's position, so an undo, which steps back, counts the item again.
 */
export function remainingQueue(queue: QueueCounts, entries: ReviewEntry[], rated: number, cram: boolean): QueueCounts {
  const done = entries.slice(0, Math.max(0, rated));
  const newRated = done.filter((e) => e.isNew).length;
  return {
    due: Math.max(0, queue.due - (done.length - newRated)),
    fresh: Math.max(0, queue.fresh - newRated),
    newToday: queue.newToday + (cram ? 0 : newRated),
    newPerDay: queue.newPerDay,
  };
}

/**
 * The header's counts, kept current as the learner rates. Not a live region: the sentence would be read out after
 * every rating on top of the next item; the progress bar's value already tells a screen reader how far the visit is.
 */
export function QueueSummary(props: { queue: QueueCounts; entries: ReviewEntry[]; rated: number; cram: boolean }) {
  const { queue, entries } = props;
  const left = remainingQueue(queue, entries, props.rated, props.cram);
  const capped = queue.due + queue.fresh > entries.length;
  return (
    <p className="text-zinc-600 dark:text-zinc-400" data-queue-summary="">
      {entries.length === 0
        ? "Nothing to review with these filters."
        : `${left.due} due and ${left.fresh} new (${left.newToday} new already started today, limit ${left.newPerDay}).${capped ? ` This visit takes the first ${entries.length}.` : ""}`}
    </p>
  );
}
