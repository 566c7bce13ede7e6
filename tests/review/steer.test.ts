import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { loadContent, type ContentLibrary } from "@/lib/content/load";
import { syncContentIndex } from "@/lib/review/content-index";
import { db } from "@/lib/server/db";
import { Rating } from "@/lib/srs/scheduler";

// Who is signed in is the one thing faked here, as in data.test.ts.
const auth = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).fakeSession(auth));

const data = await import("@/lib/review/data");
const { unsuspendLeech } = data;
const { lastUndoableReview, nextDayStart, UNDO_WINDOW_MS } = await import("@/lib/review/steer");
// Bury, suspend, rate and undo as their routes make them: raw payloads in, the status and body a client gets out.
const { buryCard, recordRating, suspendCard, undoRating } = await import("../helpers/boundary");
const { asUser } = await import("../helpers/fake-session");
const progress = await import("@/lib/review/progress");
const getReviewSession = (userId: string, ...rest: Parameters<typeof data.getReviewSession>) =>
  asUser(auth, userId, () => data.getReviewSession(...rest));
const getProgress = (userId: string, now?: Date) => asUser(auth, userId, () => progress.getProgress(now));

let library: ContentLibrary;
let qaId: string;
let deck: string;
const users: Record<string, { id: string; email: string; name: null }> = {};
const as = (name: string | null) => {
  auth.user = name ? users[name]! : null;
};
const rate = (itemId: string, rating: number, now: Date) =>
  recordRating({ reviewId: randomUUID(), itemId, rating, durationMs: 4000 }, now);
const session = (now: Date) => getReviewSession(users.alice!.id, { cram: false, deck }, now);
const card = (itemId: string) =>
  db.reviewCard.findUnique({ where: { userId_itemId: { userId: users.alice!.id, itemId } } });

// Default settings: the learner's day starts at 04:00 UTC. 12:00 on the 22nd; the next day starts 04:00 on the 23rd.
const now = new Date("2026-11-22T12:00:00Z");
const tomorrow = new Date("2026-11-23T04:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

beforeAll(async () => {
  library = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  await syncContentIndex(library, { published: [], retired: [] });
  const qa = library.items.find((i) => i.kind === "qa")!;
  qaId = qa.id;
  deck = qa.deck;
}, 60_000);

beforeEach(async () => {
  for (const name of ["alice", "bob"]) {
    const u = await db.user.create({ data: { email: `${name}-${randomUUID()}@example.com` } });
    users[name] = { id: u.id, email: u.email!, name: null };
  }
  as("alice");
});

afterAll(() => db.$disconnect());

describe("nextDayStart", () => {
  test.each([
    { label: "after the day start", at: "2026-11-22T12:00:00Z", next: "2026-11-23T04:00:00Z" },
    { label: "before the day start (still yesterday's day)", at: "2026-11-22T03:00:00Z", next: "2026-11-22T04:00:00Z" },
  ])("$label", ({ at, next }) => {
    expect(nextDayStart(new Date(at), "UTC", 4).toISOString()).toBe(new Date(next).toISOString());
  });
});

describe("buryCard", () => {
  test("a due card leaves the queue and /progress's due today until the next day starts, then comes back", async () => {
    await rate(qaId, Rating.Again, new Date(now.getTime() - 3 * 86_400_000));
    expect((await session(now)).items.map((i) => i.itemId)).toContain(qaId);
    const dueBefore = (await getProgress(users.alice!.id, now)).dueToday;
    const res = await buryCard({ itemId: qaId }, now);
    expect(res).toEqual({ status: 200, body: { itemId: qaId, buriedUntil: tomorrow.toISOString() } });
    expect((await session(now)).items.map((i) => i.itemId)).not.toContain(qaId);
    const p = await getProgress(users.alice!.id, now);
    expect(p.dueToday).toBe(dueBefore - 1);
    expect(p.dueTomorrow).toBeGreaterThanOrEqual(1);
    expect((await session(tomorrow)).items.map((i) => i.itemId)).toContain(qaId);
  });

  test("a new item buried stays new: out of today's new items, back as new tomorrow, and not 'started'", async () => {
    const today = await session(now);
    expect(today.items.find((i) => i.itemId === qaId)?.isNew).toBe(true);
    await buryCard({ itemId: qaId }, now);
    const buried = await session(now);
    expect(buried.items.map((i) => i.itemId)).not.toContain(qaId);
    // The next new item takes its place in today's allowance.
    expect(buried.fresh).toBe(today.fresh);
    expect((await session(tomorrow)).items.find((i) => i.itemId === qaId)?.isNew).toBe(true);
    const p = await getProgress(users.alice!.id, now);
    expect(p.decks.find((d) => d.id === deck)?.started).toBe(0);
    expect(p.dueToday + p.dueTomorrow).toBe(0);
  });

  test("rating a buried card ends the burial: it follows its new schedule", async () => {
    await buryCard({ itemId: qaId }, now);
    await rate(qaId, Rating.Good, now);
    expect((await card(qaId))?.buriedUntil).toBeNull();
  });

  test.each([
    { label: "signed out", who: null, body: { itemId: "x" }, status: 401 },
    { label: "no item id", who: "alice", body: {}, status: 400 },
    { label: "an extra field (no user id is taken)", who: "alice", body: { itemId: "x", userId: "bob" }, status: 400 },
    { label: "an unknown item", who: "alice", body: { itemId: "no-such-item" }, status: 404 },
  ])("refuses $label", async ({ who, body, status }) => {
    as(who);
    expect((await buryCard(body, now)).status).toBe(status);
    expect((await suspendCard(body, now)).status).toBe(status);
  });
});

describe("suspendCard", () => {
  test("takes the card out of the queue, lists it on /progress, and unsuspending puts it back", async () => {
    await rate(qaId, Rating.Again, new Date(now.getTime() - 3 * 86_400_000));
    expect(await suspendCard({ itemId: qaId }, now)).toEqual({ status: 200, body: { itemId: qaId, suspended: true } });
    expect((await session(now)).items.map((i) => i.itemId)).not.toContain(qaId);
    const listed = (await getProgress(users.alice!.id, now)).leeches.find((l) => l.itemId === qaId);
    expect(listed).toMatchObject({ suspended: true });
    expect(await unsuspendLeech(qaId)).toBe(true);
    expect((await session(now)).items.map((i) => i.itemId)).toContain(qaId);
  });

  test("a new item suspended is not offered as new, and only its learner's card changes", async () => {
    await suspendCard({ itemId: qaId }, now);
    expect((await session(now)).items.map((i) => i.itemId)).not.toContain(qaId);
    as("bob");
    expect((await getReviewSession(users.bob!.id, { cram: false, deck }, now)).items.map((i) => i.itemId)).toContain(
      qaId,
    );
  });
});

describe("lastUndoableReview", () => {
  test.each([
    { label: "a rating just made", age: 1000, offered: true },
    { label: "a rating at the edge of the window", age: UNDO_WINDOW_MS, offered: true },
    { label: "a rating older than the window", age: UNDO_WINDOW_MS + 1000, offered: false },
  ])("$label: offered $offered", async ({ age, offered }) => {
    const res = await rate(qaId, Rating.Good, new Date(now.getTime() - age));
    const id = res.status === 200 ? res.body.reviewId : null;
    expect(await lastUndoableReview(now)).toBe(offered ? id : null);
  });

  test("offers the latest rating, which undo then takes back; never another learner's", async () => {
    const item2 = library.items.find((i) => i.kind === "qa" && i.id !== qaId)!.id;
    await rate(qaId, Rating.Good, later(-60_000));
    const second = await rate(item2, Rating.Again, later(-30_000));
    const id = second.status === 200 ? second.body.reviewId : "";
    expect(await lastUndoableReview(now)).toBe(id);
    as("bob");
    expect(await lastUndoableReview(now)).toBeNull();
    as(null);
    await expect(lastUndoableReview(now)).rejects.toEqual(expect.objectContaining({ code: "unauthorized" }));
    as("alice");
    expect((await undoRating({ reviewId: id })).status).toBe(200);
    expect(await lastUndoableReview(now)).not.toBe(id);
  });
});

describe("getReviewSession's next due", () => {
  test("is the earliest due after now among the filter's cards, a buried one at its return", async () => {
    expect((await session(now)).nextDue).toBeNull();
    await rate(qaId, Rating.Good, now);
    const due = (await card(qaId))!.due;
    expect((await session(now)).nextDue).toBe(due.toISOString());
    await db.reviewCard.update({
      where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } },
      data: { due: later(-1000), buriedUntil: tomorrow },
    });
    expect((await session(now)).nextDue).toBe(tomorrow.toISOString());
  });
});
