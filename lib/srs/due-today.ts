// What "due today" means, the one definition /review and /progress both count by: every card that falls due before
// the learner's day ends, overdue ones included. Part of that may fall due later today (a learning step rated a few
// minutes ago, a review timed for this evening): it is counted today and said apart, since the queue can offer it
// only once its time comes.

export interface DueCard {
  due: Date;
  buriedUntil: Date | null;
  suspended: boolean;
}

/** When a card can next be reviewed: a buried one comes back when its burial ends, not at its due time. */
export function availableAt(card: DueCard): number {
  return Math.max(card.due.getTime(), card.buriedUntil?.getTime() ?? 0);
}

export interface DueToday {
  /** Everything due before the learner's day ends, what is due now included. */
  total: number;
  /** The part of `total` not due yet: it joins the queue later today. */
  laterToday: number;
}

/** Counts `cards` (suspended ones never count) due by `dayEnd`, the start of the learner's next day. */
export function countDueToday(cards: readonly DueCard[], now: Date, dayEnd: Date): DueToday {
  let total = 0;
  let laterToday = 0;
  for (const c of cards) {
    if (c.suspended) continue;
    const at = availableAt(c);
    if (at >= dayEnd.getTime()) continue;
    total += 1;
    if (at > now.getTime()) laterToday += 1;
  }
  return { total, laterToday };
}
