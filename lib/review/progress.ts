import "server-only";
import { listDecks, listItemsForReview } from "@/lib/content/repository";
import { db } from "@/lib/db";
import { learnerDate, startOfLearnerDay } from "@/lib/srs/day";
import { Rating, State } from "@/lib/srs/scheduler";
import { settingsOf } from "./data";
import { parseExerciseResult } from "./transfer-schema";

const DAY = 86_400_000;
/** An item counts as mastered once FSRS expects to remember it for three weeks. */
export const MASTERED_STABILITY_DAYS = 21;

export interface Progress {
  dueToday: number;
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

export async function getProgress(userId: string, now = new Date()): Promise<Progress> {
  const settings = await settingsOf(userId);
  const dayStart = startOfLearnerDay(now, settings.timeZone, settings.dayStartHour);
  const [cards, logs, items, decks] = await Promise.all([
    db.reviewCard.findMany({ where: { userId }, select: { itemId: true, due: true, stability: true, state: true, lapses: true, leech: true, suspended: true } }),
    db.reviewLog.findMany({
      where: { userId, review: { gte: new Date(dayStart.getTime() - 365 * DAY) } },
      select: { review: true, rating: true, state: true, result: true },
    }),
    listItemsForReview({}),
    listDecks(),
  ]);

  // Each learner day's real start: a day with a clock change lasts 23 or 25 hours, so counting in 24-hour steps put
  // cards due near the boundary on the wrong day. 30 hours after a start is always inside the next day.
  const starts = [dayStart.getTime()];
  for (let i = 0; i < 30; i++) {
    starts.push(startOfLearnerDay(new Date(starts[i]! + 30 * 3_600_000), settings.timeZone, settings.dayStartHour).getTime());
  }
  const forecast = Array.from({ length: 30 }, () => 0);
  const live = new Set(items.map((i) => i.id));
  for (const c of cards) {
    // A suspended card is not due until it is unsuspended, and a retired item's card never is: the review queue
    // leaves both out, so counting them promised reviews that never came.
    if (c.suspended || !live.has(c.itemId)) continue;
    const day = starts.findIndex((start) => c.due.getTime() < start) - 1;
    if (day >= -1) forecast[Math.max(0, day)]! += 1;
  }

  const perDate = new Map<string, number>();
  for (const l of logs) {
    const d = learnerDate(l.review, settings.timeZone, settings.dayStartHour);
    perDate.set(d, (perDate.get(d) ?? 0) + 1);
  }
  const heatmap = Array.from({ length: 365 }, (_, i) => {
    const date = learnerDate(new Date(dayStart.getTime() - (364 - i) * DAY + DAY / 2), settings.timeZone, settings.dayStartHour);
    return { date, count: perDate.get(date) ?? 0 };
  });
  // A streak survives a today without reviews yet: it counts back from yesterday then.
  let streak = 0;
  for (let i = heatmap.length - 1; i >= 0; i--) {
    if (heatmap[i]!.count > 0) streak += 1;
    else if (i !== heatmap.length - 1) break;
  }

  const recalls = logs.filter((l) => l.state === State.Review);
  const retention = recalls.length ? recalls.filter((l) => l.rating !== Rating.Again).length / recalls.length : null;

  const cardOf = new Map(cards.map((c) => [c.itemId, c]));
  const mastered = (id: string) => (cardOf.get(id)?.stability ?? 0) >= MASTERED_STABILITY_DAYS;
  const deckRows = decks.map((d) => {
    const mine = items.filter((i) => i.deck === d.id);
    return { id: d.id, title: d.title, items: mine.length, started: mine.filter((i) => cardOf.has(i.id)).length, mastered: mine.filter((i) => mastered(i.id)).length };
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
  for (const l of logs) {
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
    dueToday: forecast[0]!,
    dueTomorrow: forecast[1]!,
    forecast,
    heatmap,
    streak,
    retention,
    reviews: logs.length,
    decks: deckRows,
    tags: [...tagCounts].map(([tag, v]) => ({ tag, ...v })).sort((a, b) => a.tag.localeCompare(b.tag)),
    leeches: cards.filter((c) => c.leech).map((c) => ({ itemId: c.itemId, title: titles.get(c.itemId) ?? c.itemId, lapses: c.lapses, suspended: c.suspended })),
    quantities: [...quantities].map(([ask, v]) => ({ ask, ...v })),
    mistakes: [...mistakes].map(([mistake, count]) => ({ mistake, count })).sort((a, b) => b.count - a.count),
  };
}
