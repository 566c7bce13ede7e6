export interface QueueCard {
  itemId: string;
  due: Date;
  suspended: boolean;
}

export interface QueueInput {
  now: Date;
  /** Cards the learner already has, any state. */
  cards: QueueCard[];
  /** Items never seen, in the order they should be introduced. */
  unseen: string[];
  /** New items already introduced since the learner's day began. */
  newToday: number;
  newPerDay: number;
}

/** Due first (most overdue first), then new items up to what is left of today's allowance. */
export function buildQueue({ now, cards, unseen, newToday, newPerDay }: QueueInput): {
  due: string[];
  fresh: string[];
} {
  const due = cards
    .filter((c) => !c.suspended && c.due.getTime() <= now.getTime())
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.itemId.localeCompare(b.itemId))
    .map((c) => c.itemId);
  const allowance = Math.max(0, newPerDay - newToday);
  return { due, fresh: unseen.slice(0, allowance) };
}
