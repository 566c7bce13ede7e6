import "server-only";
import { quarterOf } from "@/lib/srs/quarter";
import { signedInUser } from "@/lib/auth/session";
import { choiceSeed } from "@/lib/content/choice-order";
import { listItemsForReview } from "@/lib/content/repository";
import { db, isAccountGone, isUniqueViolation } from "@/lib/server/db";
import { checkExercise } from "@/lib/review/exercise-check";
import { nextDayStart, startOfLearnerDay } from "@/lib/srs/day";
import { countDueToday } from "@/lib/srs/due-today";
import { buildQueue } from "@/lib/srs/queue";
import {
  applyRating,
  LEECH_LAPSES,
  newCardState,
  previewRatings,
  rollbackRating,
  State,
  type CardState,
  type Grade,
} from "@/lib/srs/scheduler";
import { type ReviewSettings } from "@/lib/srs/settings";
import { AppError, type ErrorCode } from "@/lib/server/errors";
import { type RateRequest, type SessionFilter, type UndoRequest } from "./schema";
import { settingsFor } from "./user-settings";

export const SIGNED_OUT_RATING = "sign in to save reviews";
export const SIGNED_OUT_CHANGE = "sign in to change reviews";
export const SIGNED_OUT_SETTINGS = "You are signed out; sign in and try again.";

const cardSelect = {
  due: true,
  stability: true,
  difficulty: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

/** The signed-in learner's review settings (the defaults until they save their own). */
export async function settingsOf(): Promise<ReviewSettings> {
  return settingsFor((await signedInUser()).id);
}

export interface SessionItem {
  itemId: string;
  isNew: boolean;
  /** Interval each rating would give, for the Again/Hard/Good/Easy buttons. */
  intervals: Array<{ rating: number; due: string }>;
  /** Orders an MCQ's choices: per learner and per review (the card's rep count), the same on a reload. */
  choiceSeed: number;
}

/** How many items one visit to /review prepares; the rest wait for the next visit. */
export const SESSION_CAP = 100;

/**
 * The learner's queue: what is due (most overdue first), then new items up to the daily limit. `due` and `fresh`
 * count the whole queue; `laterToday` the cards due today by /progress's rule (lib/srs/due-today) that are not due
 * yet, so the page can say "due today" as /progress does; `items` are its first `limit`, each with its interval previews (ts-fsrs runs four times
 * per item, so previews are made only for the items a visit shows).
 */
export async function getReviewSession(filter: SessionFilter, now = new Date(), limit = SESSION_CAP) {
  const userId = (await signedInUser()).id;
  const settings = await settingsFor(userId);
  const items = await listItemsForReview(filter);
  const ids = items.map((i) => i.id);
  // Every card of the learner's (by the userId index) with only what ordering needs, narrowed here: an `in` list of
  // every item id would pass SQLite's 999-parameter limit once a filter matches that many items. The full state,
  // which previews need, is read below for the prepared items only.
  const wanted = new Set(ids);
  const rows = (
    await db.reviewCard.findMany({
      where: { userId },
      select: { itemId: true, due: true, suspended: true, reps: true, buriedUntil: true },
    })
  ).filter((r) => wanted.has(r.itemId));
  const buried = (r: (typeof rows)[number]) => r.buriedUntil !== null && r.buriedUntil > now;
  // A card never rated (reps 0) is an item buried or suspended before its first review: still new, held back while so.
  const cards = rows.filter((r) => r.reps > 0);
  const held = new Set(rows.filter((r) => r.reps === 0 && (r.suspended || buried(r))).map((r) => r.itemId));
  const byItem = new Map(cards.map((c) => [c.itemId, c]));
  const dayStart = startOfLearnerDay(now, settings.timeZone, settings.dayStartHour);
  const newToday = await db.reviewLog.count({ where: { userId, state: State.New, review: { gte: dayStart } } });
  let order: string[];
  if (filter.cram) {
    // Cram: every matching item, nothing scheduled, nothing counted against today's new limit.
    order = ids;
  } else {
    const queue = buildQueue({
      now,
      cards: cards.map((c) => ({ itemId: c.itemId, due: c.due, suspended: c.suspended || buried(c) })),
      unseen: ids.filter((id) => !byItem.has(id) && !held.has(id)),
      newToday,
      newPerDay: settings.newPerDay,
    });
    order = [...queue.due, ...queue.fresh];
  }
  const fresh = order.filter((id) => !byItem.has(id)).length;
  // At most 500, so the `in` list below stays far inside SQLite's 999 parameters.
  const prepared = order.slice(0, Math.min(limit, 500));
  const seen = prepared.filter((id) => byItem.has(id));
  const states = new Map(
    seen.length === 0
      ? []
      : (
          await db.reviewCard.findMany({
            where: { userId, itemId: { in: seen } },
            select: { itemId: true, ...cardSelect },
          })
        ).map(({ itemId, ...state }) => [itemId, state]),
  );
  const session: SessionItem[] = prepared.map((itemId) => {
    const card = states.get(itemId) ?? newCardState(now);
    return {
      itemId,
      isNew: !byItem.has(itemId),
      choiceSeed: choiceSeed("review", userId, itemId, card.reps),
      intervals: previewRatings(card, now, settings).map((p) => ({ rating: p.rating, due: p.due.toISOString() })),
    };
  });
  // When the next card of these comes due after the ones on hand (a buried one at its return): the end-of-visit
  // summary says so, with the dues its own ratings gave.
  const later = cards
    .filter((c) => !c.suspended)
    .map((c) => Math.max(c.due.getTime(), c.buriedUntil?.getTime() ?? 0))
    .filter((t) => t > now.getTime());
  const nextDue = later.length ? new Date(Math.min(...later)).toISOString() : null;
  // Cram schedules nothing, so nothing joins it later today.
  const laterToday = filter.cram
    ? 0
    : countDueToday(cards, now, nextDayStart(now, settings.timeZone, settings.dayStartHour)).laterToday;
  return { settings, items: session, due: order.length - fresh, laterToday, fresh, newToday, nextDue };
}

/** Whether a rating taking a card from `before` to `after` lapses suspends it as a leech. */
function suspendsAsLeech(before: number, after: number): boolean {
  // A leech is suspended when it reaches LEECH_LAPSES failures, and again every 4 more after an unsuspend.
  return after > before && after >= LEECH_LAPSES && (after - LEECH_LAPSES) % 4 === 0;
}

type RatingAnswer = { reviewId: string; due: string; duplicate: boolean; leech: boolean };

/**
 * Records one rating: the log and the card state in one transaction, idempotent on the client's review id.
 * The schedule is computed here, never taken from the client.
 */
export async function recordRating(input: RateRequest, now = new Date()): Promise<RatingAnswer> {
  const user = await signedInUser(SIGNED_OUT_RATING);
  const { reviewId, itemId, rating, durationMs, exercise } = input;

  // A retried request (same review id) is answered as the duplicate it is. Looking that up first would cost every
  // rating a query, so it is done only where this request would otherwise be refused, and for the rest the primary
  // key of the log catches it (below): the answers are the same as with a lookup up front.
  const alreadyRecorded = async (): Promise<RatingAnswer | null> => {
    const existing = await db.reviewLog.findUnique({ where: { id: reviewId }, select: { userId: true, due: true } });
    if (!existing) return null;
    if (existing.userId !== user.id) throw new AppError("conflict", "this review id is already used");
    return { reviewId, due: existing.due.toISOString(), duplicate: true, leech: false };
  };
  const refuse = async (code: ErrorCode, error: string): Promise<RatingAnswer> => {
    const recorded = await alreadyRecorded();
    if (recorded) return recorded;
    throw new AppError(code, error);
  };

  // Independent reads, issued together rather than one await after another.
  const [item, settings] = await Promise.all([
    db.contentItem.findUnique({ where: { id: itemId }, select: { kind: true, retired: true } }),
    settingsFor(user.id),
  ]);
  if (!item || item.retired) return refuse("not_found", `no item with id "${itemId}"`);

  let result: string | null = null;
  if (item.kind === "derivation") {
    if (!exercise) return refuse("invalid_input", "exercise: a derivation review needs its attempt (seed and answers)");
    let checked: Awaited<ReturnType<typeof checkExercise>>;
    try {
      checked = await checkExercise(itemId, exercise);
    } catch (error) {
      // Only the refusal's message: a rating's answer carries no `cells` or `issues`.
      if (error instanceof AppError) return refuse(error.code, error.message);
      throw error;
    }
    const { score, quantities, mistakes, firstWrongStep, hintsUsed } = checked;
    result = JSON.stringify({
      score,
      quantities: quantities.map((q) => ({ ask: q.ask, ok: q.ok, right: q.right, total: q.total })),
      mistakes: mistakes.map((m) => ({ quantity: m.quantity, mistake: m.mistake })),
      firstWrongStep,
      hintsUsed,
    });
  } else if (exercise) {
    return refuse("invalid_input", "exercise: only derivation items take an attempt");
  }

  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.reviewCard.findUnique({
        where: { userId_itemId: { userId: user.id, itemId } },
        select: cardSelect,
      });
      const before: CardState = row ?? newCardState(now);
      const { card, log } = applyRating(before, rating as Grade, now, settings);
      const leech = suspendsAsLeech(before.lapses, card.lapses);
      await tx.reviewLog.create({
        data: {
          id: reviewId,
          userId: user.id,
          itemId,
          ...log,
          reviewQuarter: quarterOf(log.review),
          durationMs,
          seed: exercise?.seed ?? null,
          result,
        },
        select: { id: true },
      });
      // A rating ends a burial: the card follows its new schedule.
      const data = { ...card, buriedUntil: null, ...(leech ? { suspended: true, leech: true } : {}) };
      // The row was read above in this transaction, so it is known whether to update or create: Prisma's upsert
      // on SQLite would read it again first (it has no native upsert for this shape), which costs a query.
      const key = { userId_itemId: { userId: user.id, itemId } };
      if (row) await tx.reviewCard.update({ where: key, data, select: { userId: true } });
      else await tx.reviewCard.create({ data: { userId: user.id, itemId, ...data }, select: { userId: true } });
      return { reviewId, due: card.due.toISOString(), duplicate: false, leech };
    });
  } catch (error) {
    // The review id is already taken (a retry, or the same id raced in twice): the primary key let one through;
    // report this one as the duplicate, or as a conflict when the id is someone else's.
    if (isUniqueViolation(error)) {
      const recorded = await alreadyRecorded();
      if (recorded) return recorded;
      throw new AppError("conflict", "this review id is already used");
    }
    // A review page left open while the account was deleted elsewhere.
    if (isAccountGone(error)) throw new AppError("unauthorized", SIGNED_OUT_RATING);
    throw error;
  }
}

/** Undoes the learner's rating with this id, if it is their latest for that item (ts-fsrs rollback). */
export async function undoRating({ reviewId }: UndoRequest): Promise<{ reviewId: string; itemId: string }> {
  const user = await signedInUser(SIGNED_OUT_CHANGE);
  // Read before the transaction: inside it only `tx` may be used (lib/server/serialized-adapter.ts).
  const settings = await settingsFor(user.id);
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findUnique({ where: { id: reviewId } });
    // Someone else's id answers exactly like a missing one: nothing is revealed.
    if (!log || log.userId !== user.id) throw new AppError("not_found", "no such review to undo");
    const latest = await tx.reviewLog.findFirst({
      where: { userId: user.id, itemId: log.itemId },
      orderBy: [{ review: "desc" }, { createdAt: "desc" }],
      select: { id: true },
    });
    if (latest?.id !== reviewId) throw new AppError("conflict", "only the latest review of an item can be undone");
    const card = await tx.reviewCard.findUniqueOrThrow({
      where: { userId_itemId: { userId: user.id, itemId: log.itemId } },
      select: cardSelect,
    });
    await tx.reviewLog.delete({ where: { id: reviewId } });
    if (log.state === State.New) {
      // Undoing an item's first review makes it new again.
      await tx.reviewCard.delete({ where: { userId_itemId: { userId: user.id, itemId: log.itemId } } });
    } else {
      const restored = rollbackRating(card, log, settings);
      // Undoing the rating that suspended an item as a leech takes the suspension back too; any other lapse leaves it
      // as it is (a suspended leech rated again, from a review page opened before it was suspended, stays so).
      await tx.reviewCard.update({
        where: { userId_itemId: { userId: user.id, itemId: log.itemId } },
        data: {
          ...restored,
          ...(suspendsAsLeech(restored.lapses, card.lapses) ? { suspended: false } : {}),
          ...(restored.lapses < LEECH_LAPSES ? { leech: false } : {}),
        },
      });
    }
    return { reviewId, itemId: log.itemId };
  });
}

/** Puts the signed-in learner's leech back into rotation; false when there is no such card of theirs. */
export async function unsuspendLeech(itemId: string): Promise<boolean> {
  const user = await signedInUser(SIGNED_OUT_CHANGE);
  const { count } = await db.reviewCard.updateMany({ where: { userId: user.id, itemId }, data: { suspended: false } });
  return count > 0;
}

/** Saves the signed-in learner's settings (already validated by the action). */
export async function saveSettings(settings: ReviewSettings): Promise<void> {
  const user = await signedInUser(SIGNED_OUT_SETTINGS);
  try {
    await db.reviewSettings.upsert({
      where: { userId: user.id },
      create: { userId: user.id, ...settings },
      update: settings,
    });
  } catch (error) {
    // Deleted elsewhere while the form was open: as signed out.
    if (isAccountGone(error)) throw new AppError("unauthorized", SIGNED_OUT_SETTINGS);
    throw error;
  }
}
