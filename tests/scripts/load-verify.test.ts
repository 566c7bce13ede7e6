import { describe, expect, test } from "vitest";
import {
  verifyReviews,
  type AckedRating,
  type CardRow,
  type LogRow,
  type VerifyInput,
} from "../../scripts/lib/load-verify";
import { applyRating, newCardState, type Grade } from "../../lib/srs/scheduler";

const t0 = new Date("2026-11-22T10:00:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

/** Rows as the server writes them: each rating applied to the stored card in turn, the way recordRating does. */
function served(
  userId: string,
  itemId: string,
  ratings: Array<[id: string, rating: Grade, minutes: number]>,
  retention = 0.9,
) {
  let card = newCardState(at(ratings[0]![2]));
  const logs: LogRow[] = [];
  const acked: AckedRating[] = [];
  for (const [id, rating, minutes] of ratings) {
    card = applyRating(card, rating, at(minutes), { desiredRetention: retention }).card;
    logs.push({ id, userId, itemId, rating, review: at(minutes) });
    acked.push({ reviewId: id, userId, itemId, rating });
  }
  return { logs, acked, card: { userId, itemId, ...card } satisfies CardRow };
}

function consistent(): VerifyInput {
  const a = served("u1", "item-a", [
    ["r1", 3, 0],
    ["r2", 1, 12],
    ["r3", 4, 40],
  ]);
  const b = served("u1", "item-b", [["r4", 2, 5]]);
  const c = served("u2", "item-a", [
    ["r5", 1, 1],
    ["r6", 1, 2],
  ]);
  return {
    acked: [...a.acked, ...b.acked, ...c.acked],
    logs: [...a.logs, ...b.logs, ...c.logs],
    cards: [a.card, b.card, c.card],
    retention: new Map(),
  };
}

describe("verifyReviews", () => {
  test("finds nothing wrong with rows written the way the server writes them, in any row order", () => {
    const input = consistent();
    expect(verifyReviews(input)).toEqual([]);
    expect(verifyReviews({ ...input, logs: [...input.logs].reverse(), cards: [...input.cards].reverse() })).toEqual([]);
  });

  test("an acknowledged rating that is missing, or stored twice, is reported", () => {
    const input = consistent();
    const missing = verifyReviews({
      ...input,
      logs: input.logs.filter((l) => l.id !== "r4"),
      cards: input.cards.filter((c) => c.itemId !== "item-b"),
    });
    expect(missing).toEqual(["review r4: acknowledged, stored 0 times"]);
    const twice = verifyReviews({ ...input, logs: [...input.logs, input.logs.find((l) => l.id === "r4")!] });
    expect(twice.some((v) => v.startsWith("review r4: acknowledged, stored 2 times"))).toBe(true);
  });

  test("a rating stored with another user, item or grade than was sent is reported", () => {
    const input = consistent();
    const logs = input.logs.map((l) => (l.id === "r2" ? { ...l, rating: 2 } : l));
    const violations = verifyReviews({ ...input, logs });
    expect(violations).toContain("review r2: sent (u1, item-a, 1), stored (u1, item-a, 2)");
    // The card was computed from the real grade, so it no longer matches the stored (wrong) log either.
    expect(violations.some((v) => v.startsWith("card u1 item-a: stored ≠ replay"))).toBe(true);
  });

  test("a stored rating nobody got an answer for is allowed only when it was in flight", () => {
    const input = consistent();
    const stray = served("u3", "item-c", [["r9", 3, 7]]);
    const withStray = { ...input, logs: [...input.logs, ...stray.logs], cards: [...input.cards, stray.card] };
    expect(verifyReviews(withStray)).toEqual(["review r9: stored 1 time(s) but never sent or never acknowledged"]);
    expect(verifyReviews({ ...withStray, unanswered: new Set(["r9"]) })).toEqual([]);
  });

  test("a card that differs from the replay of its logs in any field is reported", () => {
    const input = consistent();
    const tweak = (change: Partial<CardRow>) => ({
      ...input,
      cards: input.cards.map((c) => (c.userId === "u2" ? { ...c, ...change } : c)),
    });
    const u2 = input.cards.find((c) => c.userId === "u2")!;
    expect(verifyReviews(tweak({ due: new Date(u2.due.getTime() + 1) }))).toHaveLength(1);
    expect(verifyReviews(tweak({ stability: u2.stability * (1 + 1e-6) }))).toHaveLength(1);
    expect(verifyReviews(tweak({ lapses: u2.lapses + 1 }))[0]).toMatch(/^card u2 item-a: .*lapses/);
    expect(verifyReviews(tweak({ lastReview: null }))[0]).toMatch(/lastReview/);
  });

  test("a card without logs, and logs without a card, are reported", () => {
    const input = consistent();
    const orphan: CardRow = { ...input.cards[0]!, userId: "u9" };
    expect(verifyReviews({ ...input, cards: [...input.cards, orphan] })).toEqual([
      "card u9 item-a: stored without any log",
    ]);
    expect(verifyReviews({ ...input, cards: input.cards.slice(1) })).toEqual(["card u1 item-a: 3 log(s) but no card"]);
  });

  test("replays with the user's own desired retention", () => {
    const lenient = served(
      "u4",
      "item-d",
      [
        ["r10", 3, 0],
        ["r11", 3, 30],
        ["r12", 4, 3000],
      ],
      0.8,
    );
    const input = {
      acked: lenient.acked,
      logs: lenient.logs,
      cards: [lenient.card],
      retention: new Map([["u4", 0.8]]),
    };
    expect(verifyReviews(input)).toEqual([]);
    expect(verifyReviews({ ...input, retention: new Map() })).toHaveLength(1);
  });
});
