import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { db, isAccountGone } from "@/lib/server/db";
import { nextDayStart } from "@/lib/srs/day";
import { newCardState } from "@/lib/srs/scheduler";
import { settingsOf, type ApiResult } from "./data";
import { cardRequestSchema } from "./schema";

// Steering a review without rating: bury an item until tomorrow, suspend it, and find the rating a reload may undo.

/** How long after a rating the review page still offers to undo it when it was made before the page loaded. */
export const UNDO_WINDOW_MS = 30 * 60_000;

/**
 * The learner's latest rating, if made within the undo window: the review page offers it after a reload, which
 * forgets the visit's own history. The latest of all is also the latest of its item, which is all undo asks.
 */
export async function lastUndoableReview(now = new Date()): Promise<string | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  const log = await db.reviewLog.findFirst({
    where: { userId: user.id, review: { gte: new Date(now.getTime() - UNDO_WINDOW_MS), lte: now } },
    orderBy: [{ review: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  return log?.id ?? null;
}

export { nextDayStart };

type CardAnswer = ApiResult<{ itemId: string; buriedUntil?: string; suspended?: boolean }>;

/**
 * Writes `change` to the signed-in learner's card of the requested item. An item never rated gets a card in its new
 * state (reps 0), which the queue still counts as new: the change needs a row to live in.
 */
async function changeCard(
  payload: unknown,
  change: (now: Date, userId: string) => Promise<{ buriedUntil?: Date; suspended?: boolean }>,
  now: Date,
): Promise<CardAnswer> {
  const user = await getCurrentUser();
  if (!user) return { status: 401, body: { error: "sign in to change reviews" } };
  const parsed = cardRequestSchema.safeParse(payload);
  if (!parsed.success)
    return {
      status: 400,
      body: { error: parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ") },
    };
  const { itemId } = parsed.data;
  const item = await db.contentItem.findUnique({ where: { id: itemId }, select: { retired: true } });
  if (!item || item.retired) return { status: 404, body: { error: `no item with id "${itemId}"` } };
  const data = await change(now, user.id);
  try {
    await db.reviewCard.upsert({
      where: { userId_itemId: { userId: user.id, itemId } },
      update: data,
      create: { userId: user.id, itemId, ...newCardState(now), ...data },
      select: { userId: true },
    });
  } catch (error) {
    if (isAccountGone(error)) return { status: 401, body: { error: "sign in to change reviews" } };
    throw error;
  }
  return { status: 200, body: { itemId, buriedUntil: data.buriedUntil?.toISOString(), suspended: data.suspended } };
}

/** Takes an item out of today's queue; it returns when the learner's next day starts (their own day start hour). */
export function buryCard(payload: unknown, now = new Date()): Promise<CardAnswer> {
  return changeCard(
    payload,
    async (at, userId) => {
      const { timeZone, dayStartHour } = await settingsOf(userId);
      return { buriedUntil: nextDayStart(at, timeZone, dayStartHour) };
    },
    now,
  );
}

/** Suspends an item from the review; /progress lists it with the leeches, where it can be put back. */
export function suspendCard(payload: unknown, now = new Date()): Promise<CardAnswer> {
  return changeCard(payload, async () => ({ suspended: true }), now);
}
