// Scheduling is ts-fsrs's; this module only maps between its types and our stored rows.
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade, type ReviewLog } from "ts-fsrs";
import type { ReviewSettings } from "./settings";

export { Rating, State };
export type { Grade };

/** The FSRS card state as stored per user and item. */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/** One review as stored in the log (before our own fields: duration, exercise seed and result). */
export interface LogState {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
}

export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
/** An item failed this many times is a leech: suspended until the learner unsuspends it. */
export const LEECH_LAPSES = 8;

function scheduler(settings: Pick<ReviewSettings, "desiredRetention">) {
  // Fuzz stays off so a card's state is exactly the replay of its logs (the load test relies on that).
  return fsrs({ request_retention: settings.desiredRetention, enable_fuzz: false });
}

const toCard = (s: CardState): Card => ({
  due: s.due,
  stability: s.stability,
  difficulty: s.difficulty,
  elapsed_days: 0,
  scheduled_days: s.scheduledDays,
  learning_steps: s.learningSteps,
  reps: s.reps,
  lapses: s.lapses,
  state: s.state as State,
  last_review: s.lastReview ?? undefined,
});

const fromCard = (c: Card): CardState => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.last_review ?? null,
});

const fromLog = (l: ReviewLog): LogState => ({
  rating: l.rating,
  state: l.state,
  due: l.due,
  stability: l.stability,
  difficulty: l.difficulty,
  scheduledDays: l.scheduled_days,
  learningSteps: l.learning_steps,
  review: l.review,
});

export function newCardState(now: Date): CardState {
  return fromCard(createEmptyCard(now));
}

/** What each rating would do now: shown on the Again/Hard/Good/Easy buttons. */
export function previewRatings(card: CardState, now: Date, settings: Pick<ReviewSettings, "desiredRetention">) {
  const preview = scheduler(settings).repeat(toCard(card), now);
  return GRADES.map((grade) => ({
    rating: grade,
    due: preview[grade].card.due,
    scheduledDays: preview[grade].card.scheduled_days,
  }));
}

export function applyRating(
  card: CardState,
  grade: Grade,
  now: Date,
  settings: Pick<ReviewSettings, "desiredRetention">,
) {
  const { card: next, log } = scheduler(settings).next(toCard(card), now, grade);
  return { card: fromCard(next), log: fromLog(log) };
}

/** The card as it was before `log` was applied: the undo of the last rating. */
export function rollbackRating(
  card: CardState,
  log: LogState,
  settings: Pick<ReviewSettings, "desiredRetention">,
): CardState {
  return fromCard(
    scheduler(settings).rollback(toCard(card), {
      rating: log.rating as Rating,
      state: log.state as State,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsed_days: 0,
      last_elapsed_days: 0,
      scheduled_days: log.scheduledDays,
      learning_steps: log.learningSteps,
      review: log.review,
    }),
  );
}

/** Human interval for a button label: "1 min", "10 min", "3 d", "2.5 mo". */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)} h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)} d`;
  if (days < 365) return `${Math.round((days / 30) * 10) / 10} mo`;
  return `${Math.round((days / 365) * 10) / 10} y`;
}
