import { DueTodayRule } from "./due-today-rule";
import type { ReviewEntry } from "./types";

/** The queue as the server counted it when the visit started. */
export interface QueueCounts {
  /** Due now: the due items the visit holds. */
  due: number;
  /** Due today but not yet (lib/srs/due-today): not in the visit, counted in "due today" as /progress counts it. */
  laterToday: number;
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
export function remainingQueue(
  queue: QueueCounts,
  entries: ReviewEntry[],
  rated: number,
  cram: boolean,
  setAside: ReviewEntry[] = [],
): QueueCounts {
  const gone = setAside.filter((e) => e.isNew).length;
  const done = entries.slice(0, Math.max(0, rated));
  const newRated = done.filter((e) => e.isNew).length;
  return {
    // Buried and suspended items are no longer due or new today, and start nothing.
    due: Math.max(0, queue.due - (done.length - newRated) - (setAside.length - gone)),
    fresh: Math.max(0, queue.fresh - newRated - gone),
    newToday: queue.newToday + (cram ? 0 : newRated),
    newPerDay: queue.newPerDay,
    laterToday: queue.laterToday,
  };
}

/**
 * The header's counts, kept current as the learner rates. Not a live region: the sentence would be read out after
 * every rating on top of the next item; the progress bar's value already tells a screen reader how far the visit is.
 */
export function QueueSummary(props: {
  queue: QueueCounts;
  entries: ReviewEntry[];
  rated: number;
  cram: boolean;
  setAside?: ReviewEntry[];
}) {
  const { queue, entries, setAside = [] } = props;
  const left = remainingQueue(queue, entries, props.rated, props.cram, setAside);
  const capped = queue.due + queue.fresh > entries.length + setAside.length;
  const later = left.laterToday;
  const dueToday = later ? `${left.due + later} due today (${later} of them later today)` : `${left.due} due today`;
  return (
    <>
      <p className="text-zinc-600 dark:text-zinc-400" data-queue-summary="">
        {entries.length === 0
          ? `Nothing to review now with these filters.${later ? ` ${later} more due later today.` : ""}`
          : `${dueToday} and ${left.fresh} new (${left.newToday} new already started today, limit ${left.newPerDay}).${capped ? ` This visit takes the first ${entries.length}.` : ""}`}
      </p>
      {!props.cram && <DueTodayRule />}
    </>
  );
}
