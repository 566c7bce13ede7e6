import "server-only";
import { signedInUser } from "@/lib/auth/session";
import { listItemsForReview } from "@/lib/content/repository";
import { db } from "@/lib/server/db";
import { stateName, type CardBrowserParams, type CardStateName } from "./card-browser-schema";

export interface CardRow {
  itemId: string;
  title: string;
  deck: string;
  state: CardStateName;
  /** Only items with a schedule can be suspended: a new item has none until its first rating. */
  scheduled: boolean;
  suspended: boolean;
  leech: boolean;
  due: Date | null;
  lapses: number;
  /** 1 (Again) to 4 (Easy), from the latest review log; null for a new item. */
  lastRating: number | null;
}

/** Every item of the library with the signed-in learner's schedule for it, filtered and sorted. */
export async function browseCards(params: CardBrowserParams): Promise<CardRow[]> {
  const user = await signedInUser();
  const items = await listItemsForReview({ deck: params.deck });
  const cards = new Map(
    (
      await db.reviewCard.findMany({
        where: { userId: user.id },
        select: { itemId: true, state: true, suspended: true, leech: true, due: true, lapses: true },
      })
    ).map((c) => [c.itemId, c]),
  );
  // The newest log's rating per item, from one grouped query of at most four rows per item (its latest review per
  // rating) instead of every log of the learner: an account with 100,000 reviews would read them all per page.
  const latest = new Map<string, { rating: number; at: number }>();
  const groups = await db.reviewLog.groupBy({
    by: ["itemId", "rating"],
    where: { userId: user.id },
    _max: { review: true },
  });
  for (const g of groups) {
    const at = g._max.review?.getTime() ?? -Infinity;
    const seen = latest.get(g.itemId);
    if (!seen || at > seen.at) latest.set(g.itemId, { rating: g.rating, at });
  }

  const rows: CardRow[] = items.map((item) => {
    const card = cards.get(item.id);
    return {
      itemId: item.id,
      title: item.title,
      deck: item.deck,
      state: card ? stateName(card.state) : "new",
      scheduled: card !== undefined,
      suspended: card?.suspended ?? false,
      leech: card?.leech ?? false,
      due: card?.due ?? null,
      lapses: card?.lapses ?? 0,
      lastRating: latest.get(item.id)?.rating ?? null,
    };
  });
  const kept = rows.filter(
    (r) =>
      (!params.state || r.state === params.state) &&
      (!params.suspended || r.suspended === (params.suspended === "yes")),
  );
  return kept.sort(ORDER[params.sort]);
}

const byTitle = (a: CardRow, b: CardRow) => a.title.localeCompare(b.title, "en");
// New items (no due date) come after every scheduled one; ties go by title so the order is stable.
const ORDER: Record<CardBrowserParams["sort"], (a: CardRow, b: CardRow) => number> = {
  due: (a, b) => (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity) || byTitle(a, b),
  lapses: (a, b) => b.lapses - a.lapses || byTitle(a, b),
  title: byTitle,
};

/** Takes one of the signed-in learner's scheduled cards out of rotation; false when there is no such card. */
export async function suspendCard(itemId: string): Promise<boolean> {
  const user = await signedInUser();
  const { count } = await db.reviewCard.updateMany({ where: { userId: user.id, itemId }, data: { suspended: true } });
  return count > 0;
}

/**
 * Makes an item new again for the signed-in learner: its schedule and its review logs go together. Keeping the logs
 * would leave a history that no longer replays to the card (the import, the export and the load test's replay check
 * all treat a card as the sum of its logs), so a reset is a clean slate, and the page asks to confirm it first.
 */
export async function resetCard(itemId: string): Promise<boolean> {
  const user = await signedInUser();
  const [, card] = await db.$transaction([
    db.reviewLog.deleteMany({ where: { userId: user.id, itemId } }),
    db.reviewCard.deleteMany({ where: { userId: user.id, itemId } }),
  ]);
  return card.count > 0;
}
