import "server-only";
import { listDecks, listItemsForReview } from "@/lib/content/repository";
import { signedInUser } from "@/lib/auth/session";
import { db } from "@/lib/server/db";
import { dateOfDayStart, startOfLearnerDay } from "@/lib/srs/day";
import { availableAt, countDueToday } from "@/lib/srs/due-today";
import { QUARTER_MS, quarterOf } from "@/lib/srs/quarter";
import { Rating, State } from "@/lib/srs/scheduler";
import { settingsFor } from "./user-settings";
import { parseExerciseResult } from "./transfer-schema";

const HOUR = 3_600_000;
/** An item counts as mastered once FSRS expects to remember it for three weeks. */
export const MASTERED_STABILITY_DAYS = 21;
/** The days the heatmap, streak, retention and review count look back over, today included. */
export const HISTORY_DAYS = 365;
/**
 * The exercise attempts the accuracy and mistake tables are made from: the latest this many. Each is a JSON result
 * to parse, and an account with years of attempts made every visit parse all of them.
 */
export const RESULTS_READ = 1_000;

export interface Progress {
  /** Due before the learner's day ends, overdue included: the rule /review counts by too (lib/srs/due-today). */
  dueToday: number;
  /** The part of dueToday not due yet (mostly learning steps): it joins the review queue later today. */
  dueLaterToday: number;
  dueTomorrow: number;
  /** Items falling due on each of the next 30 learner days (index 0 is today, overdue included). */
  forecast: number[];
  /** Reviews per learner date over the last 365 days, oldest first. */
  heatmap: Array<{ date: string; count: number }>;
  streak: number;
  /** Share of reviews of already-learned items that were not Again; null before any. */
  retention: number | null;
  reviews: number;
  decks: Array<{ id: string; title: string; items: number; started: number; mastered: number }>;
  tags: Array<{ tag: string; items: number; mastered: number }>;
  leeches: Array<{ itemId: string; title: string; lapses: number; suspended: boolean }>;
  quantities: Array<{ ask: string; right: number; total: number }>;
  mistakes: Array<{ mistake: string; count: number }>;
}

/**
 * Reviews per learner day from counts per quarter hour (ascending): a day's quarters are those from its start to the
 * next day's. A learner day starts on a whole hour of a zone whose offset is whole quarter hours, so no quarter is
 * split between two days.
 */
export function countPerDay(
  perQuarter: ReadonlyArray<{ reviewQuarter: number; reviews: number }>,
  dayStarts: readonly number[],
): number[] {
  const perDay = dayStarts.map(() => 0);
  let day = 0;
  for (const { reviewQuarter, reviews } of perQuarter) {
    const at = reviewQuarter * QUARTER_MS;
    if (at < dayStarts[0]!) continue;
    while (day + 1 < dayStarts.length && at >= dayStarts[day + 1]!) day++;
    perDay[day]! += reviews;
  }
  return perDay;
}

/**
 * The latest RESULTS_READ checked exercise attempts since `since`. Only derivation exercises have results, so each
 * exercise's reviews are read by item, newest first, on the (userId, itemId, review) index: filtered on `result`
 * alone, or on a list of items, SQLite walked the whole (userId, review) index, every review of the year (100,000
 * rows for a heavy account), to find them.
 */
async function exerciseResults(userId: string, since: Date) {
  const exercises = await db.contentItem.findMany({ where: { kind: "derivation" }, select: { id: true } });
  const perItem = await Promise.all(
    exercises.map(({ id }) =>
      db.reviewLog.findMany({
        where: { userId, itemId: id, review: { gte: since }, result: { not: null } },
        orderBy: { review: "desc" },
        take: RESULTS_READ,
        select: { review: true, result: true },
      }),
    ),
  );
  return perItem
    .flat()
    .sort((a, b) => b.review.getTime() - a.review.getTime())
    .slice(0, RESULTS_READ);
}

/** A quarter hour's reviews, and of them the recalls (reviews of learned items) and those not rated Again. */
export interface QuarterCounts {
  reviewQuarter: number;
  reviews: number;
  recalls: number;
  recalled: number;
}

/**
 * The history /progress is made from, counted by the database in one pass over the (userId, reviewQuarter, state,
 * rating) index: reading every review of the year (100,000 for a heavy account) and dating each in the learner's
 * zone cost seconds per visit, a count per day cost 365 queries, and two grouped queries (per quarter, then per
 * rating) walked the index twice. Prisma's groupBy cannot sum a condition, so this is SQL, in words that SQLite and
 * PostgreSQL both read (their counts come back as numbers or bigints).
 */
async function reviewsPerQuarter(userId: string, fromQuarter: number): Promise<QuarterCounts[]> {
  const rows = await db.$queryRaw<Array<Record<keyof QuarterCounts, number | bigint>>>`
    SELECT "reviewQuarter",
      COUNT(*) AS reviews,
      SUM(CASE WHEN "state" = ${State.Review} THEN 1 ELSE 0 END) AS recalls,
      SUM(CASE WHEN "state" = ${State.Review} AND "rating" <> ${Rating.Again} THEN 1 ELSE 0 END) AS recalled
    FROM "ReviewLog"
    WHERE "userId" = ${userId} AND "reviewQuarter" >= ${fromQuarter}
    GROUP BY "reviewQuarter"
    ORDER BY "reviewQuarter"`;
  return rows.map((r) => ({
    reviewQuarter: Number(r.reviewQuarter),
    reviews: Number(r.reviews),
    recalls: Number(r.recalls),
    recalled: Number(r.recalled),
  }));
}

/** What /progress shows the signed-in learner. */
export async function getProgress(now = new Date()): Promise<Progress> {
  const userId = (await signedInUser()).id;
  const settings = await settingsFor(userId);
  const dayStart = startOfLearnerDay(now, settings.timeZone, settings.dayStartHour);
  // The learner days of the history, oldest first, by their real starts (12 hours before a start is always inside
  // the day before, whose length is 23 to 25 hours).
  const pastStarts = [dayStart.getTime()];
  for (let i = 1; i < HISTORY_DAYS; i++) {
    pastStarts.unshift(
      startOfLearnerDay(new Date(pastStarts[0]! - 12 * HOUR), settings.timeZone, settings.dayStartHour).getTime(),
    );
  }
  const since = new Date(pastStarts[0]!);
  const history = await reviewsPerQuarter(userId, quarterOf(since));
  const perDay = countPerDay(history, pastStarts);
  const recallCount = history.reduce((n, q) => n + q.recalls, 0);
  const recalledCount = history.reduce((n, q) => n + q.recalled, 0);
  const [rows, results, items, decks] = await Promise.all([
    db.reviewCard.findMany({
      where: { userId },
      select: {
        itemId: true,
        due: true,
        stability: true,
        state: true,
        lapses: true,
        leech: true,
        suspended: true,
        reps: true,
        buriedUntil: true,
      },
    }),
    exerciseResults(userId, since),
    listItemsForReview({}),
    listDecks(),
  ]);

  // Each learner day's real start: a day with a clock change lasts 23 or 25 hours, so counting in 24-hour steps put
  // cards due near the boundary on the wrong day. 30 hours after a start is always inside the next day.
  const starts = [dayStart.getTime()];
  for (let i = 0; i < 30; i++) {
    starts.push(
      startOfLearnerDay(new Date(starts[i]! + 30 * 3_600_000), settings.timeZone, settings.dayStartHour).getTime(),
    );
  }
  // A card never rated (reps 0) is a new item buried or suspended from the review: not started, and never due.
  const cards = rows.filter((c) => c.reps > 0);
  const forecast = Array.from({ length: 30 }, () => 0);
  const live = new Set(items.map((i) => i.id));
  // A retired item's card is never due: the review queue no longer has the item, so counting it promised reviews
  // that never came. (Suspended cards count as never due in countDueToday; the forecast leaves them out below.)
  const schedulable = cards.filter((c) => live.has(c.itemId));
  const today = countDueToday(schedulable, now, new Date(starts[1]!));
  for (const c of schedulable) {
    if (c.suspended) continue;
    // A buried card comes back when its burial ends, not before (the queue waits for it too).
    const due = availableAt(c);
    const day = starts.findIndex((start) => due < start) - 1;
    if (day >= -1) forecast[Math.max(0, day)]! += 1;
  }

  const heatmap = pastStarts.map((start, i) => ({
    date: dateOfDayStart(new Date(start), settings.timeZone),
    count: perDay[i]!,
  }));
  // A streak survives a today without reviews yet: it counts back from yesterday then.
  let streak = 0;
  for (let i = heatmap.length - 1; i >= 0; i--) {
    if (heatmap[i]!.count > 0) streak += 1;
    else if (i !== heatmap.length - 1) break;
  }

  const retention = recallCount ? recalledCount / recallCount : null;

  const cardOf = new Map(cards.map((c) => [c.itemId, c]));
  const mastered = (id: string) => (cardOf.get(id)?.stability ?? 0) >= MASTERED_STABILITY_DAYS;
  const deckRows = decks.map((d) => {
    const mine = items.filter((i) => i.deck === d.id);
    return {
      id: d.id,
      title: d.title,
      items: mine.length,
      started: mine.filter((i) => cardOf.has(i.id)).length,
      mastered: mine.filter((i) => mastered(i.id)).length,
    };
  });
  const tagCounts = new Map<string, { items: number; mastered: number }>();
  for (const i of items) {
    for (const t of i.tags) {
      const row = tagCounts.get(t) ?? { items: 0, mastered: 0 };
      row.items += 1;
      if (mastered(i.id)) row.mastered += 1;
      tagCounts.set(t, row);
    }
  }
  const titles = new Map(items.map((i) => [i.id, i.title]));

  const quantities = new Map<string, { right: number; total: number }>();
  const mistakes = new Map<string, number>();
  for (const l of results) {
    // A result that is not one (imported before imports checked it) is left out rather than failing the page.
    const r = l.result ? parseExerciseResult(l.result) : null;
    if (!r) continue;
    for (const q of r.quantities ?? []) {
      const key = q.ask.replace(/\[.*$/, "");
      const row = quantities.get(key) ?? { right: 0, total: 0 };
      row.total += 1;
      if (q.ok) row.right += 1;
      quantities.set(key, row);
    }
    // Once per answer: a mistake carried down the chain is listed at every quantity it reached.
    for (const id of new Set((r.mistakes ?? []).map((m) => m.mistake))) mistakes.set(id, (mistakes.get(id) ?? 0) + 1);
  }

  return {
    dueToday: today.total,
    dueLaterToday: today.laterToday,
    dueTomorrow: forecast[1]!,
    forecast,
    heatmap,
    streak,
    retention,
    reviews: perDay.reduce((a, b) => a + b, 0),
    decks: deckRows,
    tags: [...tagCounts].map(([tag, v]) => ({ tag, ...v })).sort((a, b) => a.tag.localeCompare(b.tag)),
    // Suspended by hand from the review as well: this list is where a suspension is taken back.
    leeches: rows
      .filter((c) => c.leech || c.suspended)
      .map((c) => ({
        itemId: c.itemId,
        title: titles.get(c.itemId) ?? c.itemId,
        lapses: c.lapses,
        suspended: c.suspended,
      })),
    quantities: [...quantities].map(([ask, v]) => ({ ask, ...v })),
    mistakes: [...mistakes].map(([mistake, count]) => ({ mistake, count })).sort((a, b) => b.count - a.count),
  };
}
