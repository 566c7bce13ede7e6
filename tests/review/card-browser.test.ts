import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { loadContent, type ContentLibrary } from "@/lib/content/load";
import { syncContentIndex } from "@/lib/review/content-index";
import { db } from "@/lib/server/db";
import { cardBrowserParamsSchema } from "@/lib/review/card-browser-schema";

// Who is signed in is the one thing faked here, as in tests/review/data.test.ts.
const auth = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).fakeSession(auth));

const { browseCards, resetCard, suspendCard } = await import("@/lib/review/card-browser");
const data = await import("@/lib/review/data");
const { unsuspendLeech } = data;
const { recordRating } = await import("../helpers/boundary");
const { asUser } = await import("../helpers/fake-session");
const getReviewSession = (userId: string, ...rest: Parameters<typeof data.getReviewSession>) =>
  asUser(auth, userId, () => data.getReviewSession(...rest));

let library: ContentLibrary;
let items: string[];
const params = (raw: Record<string, string> = {}) => cardBrowserParamsSchema.parse(raw);

async function signInAs() {
  const u = await db.user.create({ data: { email: `cards-${randomUUID()}@example.com` } });
  auth.user = { id: u.id, email: u.email!, name: null };
  return u.id;
}
const rate = (itemId: string, rating: number, now?: Date) =>
  recordRating({ reviewId: randomUUID(), itemId, rating, durationMs: 4000 }, now);

beforeAll(async () => {
  library = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  await syncContentIndex(library, { published: [], retired: [] });
  items = library.items.filter((i) => i.kind === "qa").map((i) => i.id);
}, 60_000);

afterAll(() => db.$disconnect());

describe("browseCards", () => {
  test("signed out: unauthorized, and the actions change nothing", async () => {
    auth.user = null;
    await expect(browseCards(params())).rejects.toEqual(expect.objectContaining({ code: "unauthorized", status: 401 }));
    await expect(suspendCard(items[0]!)).rejects.toEqual(
      expect.objectContaining({ code: "unauthorized", status: 401 }),
    );
    await expect(resetCard(items[0]!)).rejects.toEqual(expect.objectContaining({ code: "unauthorized", status: 401 }));
  });

  test("every item, each with this learner's state, due date, lapses and last rating", async () => {
    await signInAs();
    const t0 = new Date("2026-12-01T10:00:00Z");
    await rate(items[0]!, 3, t0);
    await rate(items[1]!, 1, t0);
    const rows = (await browseCards(params()))!;
    expect(rows).toHaveLength(library.items.length);
    const [a, b] = [rows.find((r) => r.itemId === items[0]), rows.find((r) => r.itemId === items[1])];
    expect(a).toMatchObject({ scheduled: true, lastRating: 3, suspended: false, leech: false });
    expect(b).toMatchObject({ state: "learning", lastRating: 1 });
    expect(a!.due).toBeInstanceOf(Date);
    expect(rows.find((r) => r.itemId === items[2])).toMatchObject({
      state: "new",
      scheduled: false,
      due: null,
      lastRating: null,
    });
  });

  test.each([
    { label: "Good, then Again: Again", ratings: [3, 1], last: 1 },
    { label: "Again, then Good: Good", ratings: [1, 3], last: 3 },
    { label: "Good, Again, Good: Good", ratings: [3, 1, 3], last: 3 },
  ])("last rating is the newest review's: $label", async ({ ratings, last }) => {
    await signInAs();
    const t0 = Date.parse("2026-12-01T10:00:00Z");
    for (const [i, rating] of ratings.entries()) await rate(items[0]!, rating, new Date(t0 + i * 86_400_000));
    const row = (await browseCards(params()))!.find((r) => r.itemId === items[0]);
    expect(row?.lastRating).toBe(last);
  });

  test("another learner's cards never show", async () => {
    await signInAs();
    await rate(items[0]!, 1);
    await signInAs();
    const rows = (await browseCards(params()))!;
    expect(rows.every((r) => !r.scheduled)).toBe(true);
  });

  test.each([
    { label: "deck", raw: { deck: "DECK" }, keep: (r: { deck: string }, deck: string) => r.deck === deck },
    { label: "state new", raw: { state: "new" }, keep: (r: { state: string }) => r.state === "new" },
    { label: "suspended only", raw: { suspended: "yes" }, keep: (r: { suspended: boolean }) => r.suspended },
    { label: "not suspended", raw: { suspended: "no" }, keep: (r: { suspended: boolean }) => !r.suspended },
  ])("filter: $label", async ({ raw, keep }) => {
    await signInAs();
    await rate(items[0]!, 3);
    await suspendCard(items[0]!);
    const deck = library.items[0]!.deck;
    const resolved = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === "DECK" ? deck : v]));
    const all = (await browseCards(params()))!;
    const kept = (await browseCards(params(resolved)))!;
    expect(kept.map((r) => r.itemId).sort()).toEqual(
      all
        .filter((r) => (keep as (r: (typeof all)[number], deck: string) => boolean)(r, deck))
        .map((r) => r.itemId)
        .sort(),
    );
    expect(kept.length).toBeGreaterThan(0);
  });

  test.each([
    { label: "due: soonest first, new items last", sort: "due" },
    { label: "lapses: most first", sort: "lapses" },
    { label: "title: alphabetical", sort: "title" },
  ])("sort by $label", async ({ sort }) => {
    await signInAs();
    const t0 = new Date("2026-12-01T10:00:00Z");
    await rate(items[0]!, 4, t0);
    await rate(items[1]!, 1, t0);
    const rows = (await browseCards(params({ sort })))!;
    for (let i = 1; i < rows.length; i++) {
      const [p, r] = [rows[i - 1]!, rows[i]!];
      if (sort === "due") expect(p.due?.getTime() ?? Infinity).toBeLessThanOrEqual(r.due?.getTime() ?? Infinity);
      if (sort === "lapses") expect(p.lapses).toBeGreaterThanOrEqual(r.lapses);
      if (sort === "title") expect(p.title.localeCompare(r.title, "en")).toBeLessThanOrEqual(0);
    }
  });
});

describe("suspend, unsuspend, reset", () => {
  test("suspend takes a card out of the review queue; unsuspend puts it back", async () => {
    const userId = await signInAs();
    const t0 = new Date("2026-12-01T10:00:00Z");
    await rate(items[0]!, 1, t0);
    const later = new Date("2026-12-03T10:00:00Z");
    const dueIds = async () => {
      const s = await getReviewSession(userId, { cram: false }, later);
      return s.items.filter((i) => !i.isNew).map((i) => i.itemId);
    };
    expect(await dueIds()).toContain(items[0]);
    expect(await suspendCard(items[0]!)).toBe(true);
    expect(await dueIds()).not.toContain(items[0]);
    expect((await browseCards(params({ suspended: "yes" })))!.map((r) => r.itemId)).toEqual([items[0]]);
    expect(await unsuspendLeech(items[0]!)).toBe(true);
    expect(await dueIds()).toContain(items[0]);
  });

  test("suspend refuses an item with no schedule, and another learner's card", async () => {
    await signInAs();
    await rate(items[0]!, 3);
    const owner = auth.user;
    await signInAs();
    expect(await suspendCard(items[0]!)).toBe(false);
    auth.user = owner;
    const row = (await browseCards(params()))!.find((r) => r.itemId === items[0]);
    expect(row?.suspended).toBe(false);
  });

  test("reset deletes the card and its logs: the item is new again, other items untouched", async () => {
    const userId = await signInAs();
    await rate(items[0]!, 3);
    await rate(items[0]!, 1);
    await rate(items[1]!, 3);
    expect(await resetCard(items[0]!)).toBe(true);
    expect(await db.reviewCard.count({ where: { userId, itemId: items[0]! } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId, itemId: items[0]! } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId, itemId: items[1]! } })).toBe(1);
    const row = (await browseCards(params()))!.find((r) => r.itemId === items[0]);
    expect(row).toMatchObject({ state: "new", scheduled: false, lastRating: null, lapses: 0 });
    // Rated again, it starts from a new card.
    expect((await rate(items[0]!, 3)).status).toBe(200);
    expect(await db.reviewLog.count({ where: { userId, itemId: items[0]! } })).toBe(1);
  });

  test("reset leaves another learner's card alone", async () => {
    const owner = await signInAs();
    await rate(items[0]!, 3);
    await signInAs();
    expect(await resetCard(items[0]!)).toBe(false);
    expect(await db.reviewCard.count({ where: { userId: owner, itemId: items[0]! } })).toBe(1);
  });
});
