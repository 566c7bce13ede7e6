import "server-only";
import { signedInUser } from "@/lib/auth/session";
import { db, isAccountGone } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { nextDayStart } from "@/lib/srs/day";
import { newCardState } from "@/lib/srs/scheduler";
import { SIGNED_OUT_CHANGE } from "./data";
import { type CardRequest } from "./schema";
import { settingsFor } from "./user-settings";

// Steering a review without rating: bury an item until tomorrow, suspend it, and find the rating a reload may undo.

/** How long after a rating the review page still offers to undo it when it was made before the page loaded. */
export const UNDO_WINDOW_MS = 30 * 60_000;

/**
 * The learner's latest rating, if made within the undo window: the review page offers it after a reload, which
 * forgets the visit's own history. The latest of all is also the latest of its item, which is all undo asks.
 */
export async function lastUndoableReview(now = new Date()): Promise<string | null> {
  const user = await signedInUser();
  const log = await db.reviewLog.findFirst({
    where: { userId: user.id, review: { gte: new Date(now.getTime() - UNDO_WINDOW_MS), lte: now } },
    orderBy: [{ review: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  return log?.id ?? null;
}

export { nextDayStart };

type CardAnswer = { itemId: string; buriedUntil?: string; suspended?: boolean };

/**
 * Writes `change` to the signed-in learner's card of the requested item. An item never rated gets a card in its new
 * state (reps 0), which the queue still counts as new: the change needs a row to live in.
 */
async function changeCard(
  { itemId }: CardRequest,
  change: (now: Date, userId: string) => Promise<{ buriedUntil?: Date; suspended?: boolean }>,
  now: Date,
): Promise<CardAnswer> {
  const user = await signedInUser(SIGNED_OUT_CHANGE);
  const item = await db.contentItem.findUnique({ where: { id: itemId }, select: { retired: true } });
  if (!item || item.retired) throw new AppError("not_found", `no item with id "${itemId}"`);
  const data = await change(now, user.id);
  try {
    await db.reviewCard.upsert({
      where: { userId_itemId: { userId: user.id, itemId } },
      update: data,
      create: { userId: user.id, itemId, ...newCardState(now), ...data },
      select: { userId: true },
    });
  } catch (error) {
    if (isAccountGone(error)) throw new AppError("unauthorized", SIGNED_OUT_CHANGE);
    throw error;
  }
  return { itemId, buriedUntil: data.buriedUntil?.toISOString(), suspended: data.suspended };
}

/** Takes an item out of today's queue; it returns when the learner's next day starts (their own day start hour). */
export function buryCard(request: CardRequest, now = new Date()): Promise<CardAnswer> {
  return changeCard(
    request,
    async (at, userId) => {
      const { timeZone, dayStartHour } = await settingsFor(userId);
      return { buriedUntil: nextDayStart(at, timeZone, dayStartHour) };
    },
    now,
  );
}

/** Suspends an item from the review; /progress lists it with the leeches, where it can be put back. */
export function suspendCard(request: CardRequest, now = new Date()): Promise<CardAnswer> {
  return changeCard(request, async () => ({ suspended: true }), now);
}
