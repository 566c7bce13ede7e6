import path from "node:path";
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { loadContent, type ContentLibrary } from "@/lib/content/load";
import { syncContentIndex } from "@/lib/review/content-index";
import { db } from "@/lib/server/db";
import { backprop } from "@/lib/engine";
import { askedQuantities, buildInstance, gridOf } from "@/lib/exercises/instance";
import { instanceFingerprint } from "@/lib/exercises/fingerprint";
import { applyRating, LEECH_LAPSES, newCardState, Rating, type Grade } from "@/lib/srs/scheduler";
import { quarterOf } from "@/lib/srs/quarter";
import { replayLogs } from "@/lib/srs/replay";
import type { ExportData } from "@/lib/review/transfer-schema";

// Who is signed in is the one thing faked here: the data-access layer is what these tests hold to account.
const auth = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).fakeSession(auth));

const data = await import("@/lib/review/data");
const { saveSettings, SESSION_CAP, unsuspendLeech } = data;
// Ratings, undos and imports as their routes make them: raw payloads in, the status and body a client gets out.
const { importMyData, recordRating, undoRating } = await import("../helpers/boundary");
const { asUser } = await import("../helpers/fake-session");
/** The signed-in learner's session, read as the learner with this id. */
const getReviewSession = (userId: string, ...rest: Parameters<typeof data.getReviewSession>) =>
  asUser(auth, userId, () => data.getReviewSession(...rest));
const transfer = await import("@/lib/review/transfer");
const { exportMyReviewCsv } = transfer;
/** The export file as a download would hold it: every piece, joined and parsed. */
async function exportMyData(): Promise<ExportData> {
  const pieces = await transfer.exportMyData();
  let text = "";
  for await (const piece of pieces) text += piece;
  return JSON.parse(text) as ExportData;
}
const { renumberedId } = await import("@/lib/review/import-identity");
const progress = await import("@/lib/review/progress");
const getProgress = (userId: string, now?: Date) => asUser(auth, userId, () => progress.getProgress(now));
const { deleteMyAccount } = await import("@/lib/auth/account");

let library: ContentLibrary;
let qaId: string;
let mcqId: string;
let exerciseId: string;
const users: Record<string, { id: string; email: string; name: null }> = {};

async function makeUser(name: string) {
  const u = await db.user.create({ data: { email: `${name}-${randomUUID()}@example.com` } });
  users[name] = { id: u.id, email: u.email!, name: null };
  return users[name]!;
}
const as = (name: string | null) => {
  auth.user = name ? users[name]! : null;
};
const rate = (itemId: string, rating: number, extra: Record<string, unknown> = {}, now?: Date) =>
  recordRating({ reviewId: randomUUID(), itemId, rating, durationMs: 4000, ...extra }, now);

beforeAll(async () => {
  library = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  await syncContentIndex(library, { published: [], retired: [] });
  qaId = library.items.find((i) => i.kind === "qa")!.id;
  mcqId = library.items.find((i) => i.kind === "mcq")!.id;
  exerciseId = library.items.find((i) => i.kind === "derivation" && !i.ask.some((a) => a.includes("[")))!.id;
}, 60_000);

beforeEach(async () => {
  await makeUser("alice");
  await makeUser("bob");
  as("alice");
});

afterAll(() => db.$disconnect());

/** One review log in the export format, valid unless `over` breaks it. */
const exportLog = (over: Record<string, unknown> = {}) => {
  const at = new Date().toISOString();
  return {
    id: randomUUID(),
    itemId: "bp-delta-recurrence",
    rating: 3,
    state: 0,
    due: at,
    stability: 1,
    difficulty: 1,
    scheduledDays: 0,
    learningSteps: 0,
    review: at,
    durationMs: 1,
    seed: null,
    result: null,
    ...over,
  };
};
const exportFile = (logs: unknown[]) => ({
  format: "gradwise-export",
  version: 1,
  exportedAt: new Date().toISOString(),
  settings: null,
  cards: [],
  logs,
});

describe("recordRating", () => {
  test("writes the log and the card together, and the state is what ts-fsrs computes", async () => {
    const now = new Date("2026-11-20T10:00:00Z");
    const res = await rate(qaId, Rating.Good, {}, now);
    expect(res.status).toBe(200);
    const card = await db.reviewCard.findUniqueOrThrow({
      where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } },
    });
    const expected = applyRating(newCardState(now), Rating.Good as Grade, now, { desiredRetention: 0.9 }).card;
    expect(card.due.getTime()).toBe(expected.due.getTime());
    expect(card.stability).toBe(expected.stability);
    expect(card.reps).toBe(1);
    const logs = await db.reviewLog.findMany({ where: { userId: users.alice!.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ itemId: qaId, rating: Rating.Good, durationMs: 4000, review: now });
  });

  test("is idempotent on the review id: a retry or replay writes once", async () => {
    const body = { reviewId: randomUUID(), itemId: qaId, rating: 3, durationMs: 1000 };
    const first = await recordRating(body);
    const again = await recordRating(body);
    const third = await Promise.all([recordRating(body), recordRating(body)]);
    expect(first).toMatchObject({ status: 200, body: { duplicate: false } });
    expect(again).toMatchObject({ status: 200, body: { duplicate: true } });
    expect(third.every((r) => r.status === 200)).toBe(true);
    expect(await db.reviewLog.count({ where: { userId: users.alice!.id } })).toBe(1);
  });

  test("a retry is still the duplicate when the item would now be refused (retired, or sent with an attempt)", async () => {
    const body = { reviewId: randomUUID(), itemId: qaId, rating: 3, durationMs: 1000 };
    const first = await recordRating(body);
    if (first.status !== 200) throw new Error(JSON.stringify(first));
    // A duplicate answers with the stored log's due (as it always has), which is not the card's new due.
    const logged = await db.reviewLog.findUniqueOrThrow({ where: { id: body.reviewId } });
    const duplicate = {
      status: 200,
      body: { reviewId: body.reviewId, due: logged.due.toISOString(), duplicate: true, leech: false },
    };
    expect(await recordRating({ ...body, exercise: { seed: 1, answers: {} } })).toEqual(duplicate);
    await db.contentItem.update({ where: { id: qaId }, data: { retired: true } });
    try {
      expect(await recordRating(body)).toEqual(duplicate);
      expect(await recordRating({ ...body, reviewId: randomUUID() })).toEqual({
        status: 404,
        body: { error: `no item with id "${qaId}"` },
      });
      as("bob");
      expect(await recordRating(body)).toEqual({ status: 409, body: { error: "this review id is already used" } });
    } finally {
      await db.contentItem.update({ where: { id: qaId }, data: { retired: false } });
    }
  });

  test("another user's review id changes nothing and reveals nothing", async () => {
    const body = { reviewId: randomUUID(), itemId: qaId, rating: 3, durationMs: 1000 };
    await recordRating(body);
    as("bob");
    expect(await recordRating({ ...body, rating: 1 })).toEqual({
      status: 409,
      body: { error: "this review id is already used" },
    });
    expect(await undoRating({ reviewId: body.reviewId })).toEqual({
      status: 404,
      body: { error: "no such review to undo" },
    });
    expect(await db.reviewLog.count({ where: { userId: users.bob!.id } })).toBe(0);
    expect((await db.reviewLog.findUniqueOrThrow({ where: { id: body.reviewId } })).rating).toBe(3);
  });

  // Data functions read the session themselves; none takes a user id from its caller.
  test.each([
    { label: "getReviewSession", read: () => data.getReviewSession({ cram: false }) },
    { label: "settingsOf", read: () => data.settingsOf() },
    { label: "getProgress", read: () => progress.getProgress() },
    { label: "exportMyReviewCsv", read: () => exportMyReviewCsv() },
  ])("signed out, $label throws the unauthorized AppError", async ({ read }) => {
    as(null);
    await expect(read()).rejects.toEqual(
      expect.objectContaining({ name: "AppError", code: "unauthorized", status: 401 }),
    );
  });

  test("signed out: refused, nothing written", async () => {
    as(null);
    expect((await rate(qaId, 3)).status).toBe(401);
    expect((await undoRating({ reviewId: randomUUID() })).status).toBe(401);
    await expect(exportMyData()).rejects.toEqual(expect.objectContaining({ code: "unauthorized", status: 401 }));
    expect((await importMyData({})).status).toBe(401);
    await expect(unsuspendLeech(qaId)).rejects.toEqual(expect.objectContaining({ code: "unauthorized", status: 401 }));
    expect(await db.reviewLog.count({ where: { userId: { in: [users.alice!.id, users.bob!.id] } } })).toBe(0);
  });

  test.each([
    { label: "a review id that is not a UUID", body: { reviewId: "abc", itemId: "x", rating: 3, durationMs: 1 } },
    {
      label: "a rating of 5",
      body: { reviewId: randomUUID(), itemId: "bp-delta-recurrence", rating: 5, durationMs: 1 },
    },
    {
      label: "a rating of 0",
      body: { reviewId: randomUUID(), itemId: "bp-delta-recurrence", rating: 0, durationMs: 1 },
    },
    {
      label: "a negative duration",
      body: { reviewId: randomUUID(), itemId: "bp-delta-recurrence", rating: 3, durationMs: -5 },
    },
    {
      label: "a huge string id",
      body: { reviewId: randomUUID(), itemId: "a".repeat(100_000), rating: 3, durationMs: 1 },
    },
    {
      label: "an extra field (a forged due date)",
      body: { reviewId: randomUUID(), itemId: "bp-delta-recurrence", rating: 3, durationMs: 1, due: "2030-01-01" },
    },
    {
      label: "a forged user id",
      body: { reviewId: randomUUID(), itemId: "bp-delta-recurrence", rating: 3, durationMs: 1, userId: "someone" },
    },
    { label: "not an object", body: [1, 2, 3] },
    { label: "prototype pollution", body: JSON.parse('{"__proto__": {"admin": true}, "reviewId": "x"}') },
  ])("refuses $label with 400 and writes nothing", async ({ body }) => {
    const res = await recordRating(body);
    expect(res.status).toBe(400);
    expect(await db.reviewLog.count({ where: { userId: users.alice!.id } })).toBe(0);
  });

  test("an unknown item is a 404", async () => {
    expect((await rate("no-such-item", 3)).status).toBe(404);
  });

  test("an exercise review is re-checked on the server and its result stored with the seed", async () => {
    const ex = library.items.find((i) => i.id === exerciseId)!;
    if (ex.kind !== "derivation") throw new Error("not an exercise");
    const r = backprop(buildInstance(ex, 9));
    const answers = Object.fromEntries(
      askedQuantities(ex).map((q) => [q.ask, gridOf(r[q.key], q).map((row) => row.map(String))]),
    );
    expect((await rate(exerciseId, 3)).status).toBe(400);
    const res = await rate(exerciseId, 3, { exercise: { seed: 9, answers, hintsUsed: 1 } });
    expect(res.status).toBe(200);
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: users.alice!.id, itemId: exerciseId } });
    expect(log.seed).toBe(9);
    expect(JSON.parse(log.result!)).toMatchObject({ score: 1, hintsUsed: 1, firstWrongStep: null });
  });

  test("an exercise review from a page showing other numbers than the server's is refused and nothing is written", async () => {
    const ex = library.items.find((i) => i.id === exerciseId)!;
    if (ex.kind !== "derivation") throw new Error("not an exercise");
    const r = backprop(buildInstance(ex, 9));
    const answers = Object.fromEntries(
      askedQuantities(ex).map((q) => [q.ask, gridOf(r[q.key], q).map((row) => row.map(String))]),
    );
    // The fingerprint of seed 10's numbers stands for a page whose seed 9 was drawn by an older version.
    const stale = instanceFingerprint(buildInstance(ex, 10));
    const res = await rate(exerciseId, 3, { exercise: { seed: 9, instance: stale, answers } });
    expect(res).toMatchObject({ status: 409, body: { error: expect.stringMatching(/reload/i) } });
    expect(await db.reviewLog.count({ where: { userId: users.alice!.id, itemId: exerciseId } })).toBe(0);
  });

  test("an item failed 8 times becomes a leech, is suspended, leaves the queue, and can be unsuspended", async () => {
    let now = new Date("2026-01-01T00:00:00Z");
    await rate(qaId, Rating.Good, {}, now);
    for (let lapse = 0; lapse < LEECH_LAPSES; lapse++) {
      // Good until it graduates to Review, then Again: each Again from Review is one lapse.
      for (let i = 0; i < 6; i++) {
        const c = await db.reviewCard.findUniqueOrThrow({
          where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } },
        });
        now = new Date(Math.max(now.getTime(), c.due.getTime()) + 60_000);
        if (c.state === 2) break;
        await rate(qaId, Rating.Good, {}, now);
      }
      await rate(qaId, Rating.Again, {}, now);
    }
    const card = await db.reviewCard.findUniqueOrThrow({
      where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } },
    });
    expect(card.lapses).toBe(LEECH_LAPSES);
    expect(card).toMatchObject({ leech: true, suspended: true });
    const session = await getReviewSession(
      users.alice!.id,
      { cram: false },
      new Date(now.getTime() + 365 * 86_400_000),
    );
    expect(session.items.map((i) => i.itemId)).not.toContain(qaId);
    expect(session.due).toBe(0);
    expect((await getProgress(users.alice!.id, now)).leeches.map((l) => l.itemId)).toEqual([qaId]);
    as("bob");
    expect(await unsuspendLeech(qaId)).toBe(false);
    as("alice");
    expect(await unsuspendLeech(qaId)).toBe(true);
    expect(
      (await db.reviewCard.findUniqueOrThrow({ where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } } }))
        .suspended,
    ).toBe(false);
  });
});

describe("undoRating", () => {
  test("undoing a first review makes the item new again; undoing a later one rolls the card back", async () => {
    const t0 = new Date("2026-11-01T09:00:00Z");
    const first = { reviewId: randomUUID(), itemId: mcqId, rating: 3, durationMs: 1 };
    await recordRating(first, t0);
    const afterFirst = await db.reviewCard.findUniqueOrThrow({
      where: { userId_itemId: { userId: users.alice!.id, itemId: mcqId } },
    });
    const second = { reviewId: randomUUID(), itemId: mcqId, rating: 1, durationMs: 1 };
    await recordRating(second, afterFirst.due);
    expect((await undoRating({ reviewId: first.reviewId })).status).toBe(409);
    expect((await undoRating({ reviewId: second.reviewId })).status).toBe(200);
    const rolled = await db.reviewCard.findUniqueOrThrow({
      where: { userId_itemId: { userId: users.alice!.id, itemId: mcqId } },
    });
    expect(rolled).toMatchObject({
      reps: afterFirst.reps,
      lapses: afterFirst.lapses,
      stability: afterFirst.stability,
      state: afterFirst.state,
    });
    expect((await undoRating({ reviewId: first.reviewId })).status).toBe(200);
    expect(await db.reviewCard.count({ where: { userId: users.alice!.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: users.alice!.id } })).toBe(0);
  });
});

describe("stored state and replay", () => {
  test("after any ratings and undos, the stored card is its remaining log replayed", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            rating: fc.constantFrom(1, 2, 3, 4),
            gapMinutes: fc.integer({ min: 1, max: 60 * 24 * 40 }),
            undo: fc.boolean(),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        async (steps) => {
          const user = await makeUser(`replay-${randomUUID()}`);
          auth.user = user;
          let now = new Date("2026-01-01T08:00:00Z").getTime();
          for (const step of steps) {
            now += step.gapMinutes * 60_000;
            const reviewId = randomUUID();
            expect(
              (await recordRating({ reviewId, itemId: qaId, rating: step.rating, durationMs: 1 }, new Date(now)))
                .status,
            ).toBe(200);
            if (step.undo) expect((await undoRating({ reviewId })).status).toBe(200);
          }
          const logs = await db.reviewLog.findMany({ where: { userId: user.id, itemId: qaId } });
          const card = await db.reviewCard.findUnique({ where: { userId_itemId: { userId: user.id, itemId: qaId } } });
          const replayed = replayLogs(logs, { desiredRetention: 0.9 });
          if (!replayed) {
            expect(card).toBeNull();
            return;
          }
          expect(card).toMatchObject({
            reps: replayed.reps,
            lapses: replayed.lapses,
            state: replayed.state,
            stability: replayed.stability,
            difficulty: replayed.difficulty,
            scheduledDays: replayed.scheduledDays,
            learningSteps: replayed.learningSteps,
          });
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("undoRating and leech suspension", () => {
  /** A Review-state card with `lapses` lapses, due at `due`, suspended or not: set directly, as many ratings would. */
  async function reviewCard(lapses: number, suspended: boolean, due: Date) {
    await rate(qaId, Rating.Good, {}, new Date(due.getTime() - 10 * 86_400_000));
    await db.reviewCard.update({
      where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } },
      data: { state: 2, stability: 10, scheduledDays: 10, due, lapses, suspended, leech: lapses >= LEECH_LAPSES },
    });
  }
  const cardOf = () =>
    db.reviewCard.findUniqueOrThrow({ where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } } });

  test.each([
    // The lapse that made it a leech suspended it: undoing that lapse takes the suspension back.
    { label: "the lapse that suspended it", lapses: LEECH_LAPSES - 1, suspendedBefore: false },
    // A suspended leech rated Again from a page opened before the suspension (rating allows it): it stays suspended.
    { label: "a lapse of a leech already suspended", lapses: LEECH_LAPSES, suspendedBefore: true },
    // A leech the learner unsuspended, failed again short of the next suspension: it stays in rotation.
    { label: "a lapse of an unsuspended leech", lapses: LEECH_LAPSES, suspendedBefore: false },
  ])("undoing $label restores the suspension it had before", async ({ lapses, suspendedBefore }) => {
    const due = new Date("2026-11-10T09:00:00Z");
    await reviewCard(lapses, suspendedBefore, due);
    const again = { reviewId: randomUUID(), itemId: qaId, rating: Rating.Again, durationMs: 1 };
    expect(await recordRating(again, due)).toMatchObject({ status: 200 });
    expect((await cardOf()).lapses).toBe(lapses + 1);
    expect(await undoRating({ reviewId: again.reviewId })).toMatchObject({ status: 200 });
    const card = await cardOf();
    expect({ lapses: card.lapses, suspended: card.suspended }).toEqual({ lapses, suspended: suspendedBefore });
  });
});

describe("getReviewSession", () => {
  test("due items first, then new ones up to the daily limit; cram takes everything and schedules nothing", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    await db.reviewSettings.create({ data: { userId: users.alice!.id, newPerDay: 3 } });
    await rate(qaId, Rating.Again, {}, new Date(now.getTime() - 3 * 86_400_000));
    const session = await getReviewSession(users.alice!.id, { cram: false }, now);
    expect(session.items[0]).toMatchObject({ itemId: qaId, isNew: false });
    expect(session.items.filter((i) => i.isNew)).toHaveLength(3);
    expect({ due: session.due, fresh: session.fresh }).toEqual({ due: 1, fresh: 3 });
    const two = await getReviewSession(users.alice!.id, { cram: false }, now, 2);
    expect(two).toMatchObject({ due: 1, fresh: 3 });
    expect(two.items.map((i) => i.itemId)).toEqual(session.items.slice(0, 2).map((i) => i.itemId));
    expect(session.items[0]!.intervals.map((i) => i.rating)).toEqual([1, 2, 3, 4]);
    const deck = library.items.find((i) => i.id === qaId)!.deck;
    const cram = await getReviewSession(users.alice!.id, { cram: true, deck }, now);
    expect(cram.items).toHaveLength(library.items.filter((i) => i.deck === deck).length);
  });
});

describe("getReviewSession's MCQ choice seeds", () => {
  // Choices are shown in an order drawn from this seed: the same on a reload, another for another learner, and
  // another each time the item comes back for review.
  test("the same on a reload, different per learner and per review", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    const seedOf = async (name: string) =>
      (await getReviewSession(users[name]!.id, { cram: true }, now)).items.find((i) => i.itemId === mcqId)!.choiceSeed;
    const first = await seedOf("alice");
    expect(typeof first).toBe("number");
    expect(await seedOf("alice")).toBe(first);
    expect(await seedOf("bob")).not.toBe(first);
    await rate(mcqId, Rating.Good, {}, new Date(now.getTime() - 86_400_000));
    expect(await seedOf("alice")).not.toBe(first);
  });
});

/** An export of `count` logs an hour apart from `start`, spread over every Q&A and MCQ item in turn. */
function hourlyImport(count: number, start: number) {
  const ids = library.items.filter((i) => i.kind !== "derivation").map((i) => i.id);
  const body = exportFile(
    Array.from({ length: count }, (_, k) => {
      const at = new Date(start + k * 3_600_000).toISOString();
      return exportLog({ itemId: ids[k % ids.length]!, rating: 1 + (k % 4), due: at, review: at });
    }),
  );
  return { ids, body };
}

describe("export and import", () => {
  test("export, import into a new account, nothing lost; importing again adds nothing", async () => {
    let now = new Date("2026-10-01T08:00:00Z");
    await db.reviewSettings.create({
      data: { userId: users.alice!.id, desiredRetention: 0.85, timeZone: "Europe/Paris" },
    });
    for (const [itemId, rating] of [
      [qaId, 3],
      [mcqId, 1],
      [qaId, 4],
      [mcqId, 3],
    ] as const) {
      await rate(itemId, rating, {}, now);
      now = new Date(now.getTime() + 2 * 86_400_000);
    }
    // Bob signed up in another time zone: sign-up stored it, and nothing else of his settings.
    await db.reviewSettings.create({ data: { userId: users.bob!.id, timeZone: "America/New_York" } });
    const exported = JSON.parse(JSON.stringify(await exportMyData()));
    const csv = (await exportMyReviewCsv())!.trim().split("\n");
    expect(csv[0]).toBe("card_id,review_time,review_rating,review_state,review_duration");
    expect(csv).toHaveLength(5);
    expect(csv[1]).toBe(`${qaId},${new Date("2026-10-01T08:00:00Z").getTime()},3,0,4000`);

    // The new account, while the old one still exists: review ids are unique across the database, so every log is
    // stored under a new id, and nothing of Alice's is touched.
    const alicesLogs = await db.reviewLog.findMany({ where: { userId: users.alice!.id }, orderBy: { id: "asc" } });
    as("bob");
    const report = await importMyData(exported);
    expect(report).toEqual({
      status: 200,
      body: { added: { logs: 4, cards: 2, settings: true, renumbered: 4 }, skipped: [] },
    });
    expect(await db.reviewLog.findMany({ where: { userId: users.alice!.id }, orderBy: { id: "asc" } })).toEqual(
      alicesLogs,
    );
    const mine = await exportMyData();
    expect(mine!.logs).toEqual(
      exported.logs.map((l: { id: string }) => ({ ...l, id: renumberedId(users.bob!.id, l.id) })),
    );
    expect(mine!.settings).toEqual(exported.settings);
    for (const itemId of [qaId, mcqId]) {
      const a = await db.reviewCard.findUniqueOrThrow({
        where: { userId_itemId: { userId: users.alice!.id, itemId } },
      });
      const b = await db.reviewCard.findUniqueOrThrow({ where: { userId_itemId: { userId: users.bob!.id, itemId } } });
      // Replayed with the settings the history was made under (the file's), the copy is scheduled as the original.
      expect(b.due.getTime()).toBe(
        replayLogs(await db.reviewLog.findMany({ where: { userId: users.bob!.id, itemId } }), {
          desiredRetention: 0.85,
        })!.due.getTime(),
      );
      expect({ due: b.due, stability: b.stability, reps: b.reps, lapses: b.lapses, state: b.state }).toEqual({
        due: a.due,
        stability: a.stability,
        reps: a.reps,
        lapses: a.lapses,
        state: a.state,
      });
    }
    const alreadyAll = {
      status: 200,
      body: {
        added: { logs: 0, cards: 0, settings: false, renumbered: 0 },
        skipped: exported.logs.map((l: { id: string }) => ({ id: l.id, reason: "already imported" })),
      },
    };
    expect(await importMyData(exported)).toEqual(alreadyAll);
    // A renumbered log is the learner's own: its id is a UUID, so the last rating can be undone as any other.
    const latest = mine!.logs.filter((l) => l.itemId === mcqId).at(-1)!;
    expect(await undoRating({ reviewId: latest.id })).toMatchObject({ status: 200 });
    expect(await importMyData(exported)).toMatchObject({ status: 200, body: { added: { logs: 1, renumbered: 1 } } });
    // Once Alice's account is gone her ids are free, and the file still finds every log Bob has under its new id.
    as("alice");
    expect(await deleteMyAccount({ confirmEmail: users.alice!.email })).toEqual({ ok: true });
    expect(await db.reviewLog.count({ where: { id: { in: exported.logs.map((l: { id: string }) => l.id) } } })).toBe(0);
    as("bob");
    expect(await importMyData(exported)).toEqual(alreadyAll);
    expect(await db.reviewLog.count({ where: { userId: users.bob!.id } })).toBe(4);
  });

  test("a file of the same reviews under other ids adds nothing: an account restored from this one exported it", async () => {
    const t0 = new Date("2026-10-01T08:00:00Z");
    await rate(qaId, Rating.Good, {}, t0);
    await rate(qaId, Rating.Hard, {}, new Date(t0.getTime() + 86_400_000));
    const exported = JSON.parse(JSON.stringify(await exportMyData()));
    as("bob");
    expect(await importMyData(exported)).toMatchObject({ body: { added: { logs: 2, renumbered: 2 } } });
    const bobs = JSON.parse(JSON.stringify(await exportMyData()));
    as("alice");
    const back = await importMyData(bobs);
    expect(back).toMatchObject({ status: 200, body: { added: { logs: 0, cards: 0, renumbered: 0 } } });
    expect((back.body as { skipped: Array<{ reason: string }> }).skipped.map((s) => s.reason)).toEqual([
      "already imported",
      "already imported",
    ]);
    expect(await db.reviewLog.count({ where: { userId: users.alice!.id } })).toBe(2);
  });

  test("a renumbered id held by another account too is skipped with its reason, and nothing of theirs changes", async () => {
    const at = new Date("2026-10-01T08:00:00Z");
    await rate(qaId, Rating.Good, {}, at);
    const [taken] = (await exportMyData())!.logs;
    // Only someone who chose the hash of Bob's id as a review id could do this.
    await recordRating({ reviewId: renumberedId(users.bob!.id, taken!.id), itemId: mcqId, rating: 1, durationMs: 1 });
    const before = await db.reviewLog.findMany({ orderBy: { id: "asc" } });
    as("bob");
    const res = await importMyData(exportFile([{ ...taken, review: at.toISOString() }]));
    expect(res).toEqual({
      status: 200,
      body: {
        added: { logs: 0, cards: 0, settings: false, renumbered: 0 },
        skipped: [{ id: taken!.id, reason: "review id belongs to another account" }],
      },
    });
    expect(await db.reviewLog.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  test.each([
    { label: "no settings row", own: null, kept: false },
    { label: "only the time zone sign-up stored", own: { timeZone: "Asia/Tokyo" }, kept: false },
    { label: "a retention the learner chose", own: { desiredRetention: 0.8 }, kept: true },
    { label: "a new-item limit the learner chose", own: { newPerDay: 5, timeZone: "Asia/Tokyo" }, kept: true },
  ])(
    "an import with settings into an account with $label: the account's own are kept: $kept",
    async ({ own, kept }) => {
      as("bob");
      if (own) await db.reviewSettings.create({ data: { userId: users.bob!.id, ...own } });
      const before = await db.reviewSettings.findUnique({ where: { userId: users.bob!.id } });
      const file = { desiredRetention: 0.85, newPerDay: 12, dayStartHour: 3, timeZone: "Europe/Paris" };
      const report = await importMyData({ ...exportFile([]), settings: file });
      expect(report).toMatchObject({ status: 200, body: { added: { settings: !kept } } });
      const after = await db.reviewSettings.findUniqueOrThrow({ where: { userId: users.bob!.id } });
      if (kept) expect(after).toEqual(before);
      else expect(after).toMatchObject(file);
    },
  );

  test.each([
    { label: "an empty object", body: {} },
    { label: "the wrong format tag", body: { ...exportFile([]), format: "anki" } },
    { label: "a log with a rating of 9", body: exportFile([exportLog({ rating: 9 })]) },
    // Found by tests/security/fuzz: the first failed in the insert (a 500), the others were stored out of Int range.
    { label: "the same review id twice", body: exportFile([exportLog({ id: "dup" }), exportLog({ id: "dup" })]) },
    { label: "a count past 32 bits", body: exportFile([exportLog({ learningSteps: 2 ** 32 })]) },
    { label: "a seed past 32 bits", body: exportFile([exportLog({ seed: 2 ** 31 })]) },
  ])("import refuses $label with 400 and writes nothing", async ({ body }) => {
    expect((await importMyData(body)).status).toBe(400);
    expect(await db.reviewLog.count({ where: { userId: users.alice!.id } })).toBe(0);
  });

  test.each([
    { label: "an empty object", body: {} },
    { label: "another app's file", body: { deck: "x", cards: [] } },
    { label: "the wrong format tag", body: { ...exportFile([]), format: "anki" } },
    { label: "a JSON array", body: [1, 2] },
  ])("import says $label is not an export, in one sentence", async ({ body }) => {
    const res = await importMyData(body);
    expect(res).toEqual({ status: 400, body: { error: expect.stringMatching(/^this is not a Gradwise export/) } });
    // Not zod's list of every field such a file lacks.
    expect((res.body as { error: string }).error).not.toContain("expected");
  });

  test("other requests get the database between an import's items instead of waiting for the whole file", async () => {
    const start = new Date("2026-02-01T08:00:00Z").getTime();
    const { body } = hourlyImport(600, start);
    const finished: string[] = [];
    const importing = importMyData(body).then((res) => {
      finished.push("import");
      return res;
    });
    // Issued once the import has written its first item: with the whole file in one transaction it could only run
    // after the last one.
    while ((await db.reviewCard.count({ where: { userId: users.alice!.id } })) === 0) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await db.user.count().then(() => finished.push("other request"));
    expect((await importing).status).toBe(200);
    expect(finished).toEqual(["other request", "import"]);
    expect(await db.reviewLog.count({ where: { userId: users.alice!.id } })).toBe(600);
  }, 60_000);

  test("an import of 1,200 logs (more ids than SQLite's 999 parameters per query) is stored whole, and again adds nothing", async () => {
    const start = new Date("2026-01-01T08:00:00Z").getTime();
    const { ids, body } = hourlyImport(1200, start);
    const res = await importMyData(body);
    expect(res).toMatchObject({ status: 200, body: { added: { logs: 1200, cards: ids.length }, skipped: [] } });
    expect(await db.reviewLog.count({ where: { userId: users.alice!.id } })).toBe(1200);
    const again = await importMyData(body);
    expect(again).toMatchObject({ status: 200, body: { added: { logs: 0, cards: 0 } } });
    // Every imported card is found by the session (all due five years on), none mistaken for a new item; the visit
    // prepares the first SESSION_CAP of them.
    const session = await getReviewSession(users.alice!.id, { cram: false }, new Date(start + 5 * 365 * 86_400_000));
    expect(session.due).toBe(ids.length);
    expect(session.items).toHaveLength(Math.min(SESSION_CAP, ids.length));
    expect(session.items.every((i) => !i.isNew && ids.includes(i.itemId))).toBe(true);
  }, 60_000);

  test.each([
    { label: "not JSON", result: "not json" },
    { label: "JSON null", result: "null" },
    { label: "a quantity whose ask is not text", result: JSON.stringify({ quantities: [{ ask: 5, ok: true }] }) },
    { label: "mistakes that are not a list", result: JSON.stringify({ mistakes: "sign" }) },
  ])("import refuses an exercise result that is $label, so /progress still reads", async ({ result }) => {
    const at = new Date("2026-11-20T12:00:00Z").toISOString();
    const res = await importMyData(exportFile([exportLog({ result, seed: 1, review: at, due: at })]));
    expect(res.status).toBe(400);
    await expect(getProgress(users.alice!.id, new Date("2026-11-21T12:00:00Z"))).resolves.toMatchObject({ reviews: 0 });
  });

  test("an exported exercise result imports unchanged and counts in progress", async () => {
    const at = new Date("2026-11-20T12:00:00Z").toISOString();
    const result = JSON.stringify({
      score: 0.5,
      quantities: [{ ask: "delta[1]", ok: false, right: 1, total: 2 }],
      mistakes: [{ quantity: "delta", mistake: "sign" }],
      firstWrongStep: 2,
      hintsUsed: 0,
    });
    expect(
      (await importMyData(exportFile([exportLog({ itemId: exerciseId, result, seed: 1, review: at, due: at })])))
        .status,
    ).toBe(200);
    const p = await getProgress(users.alice!.id, new Date("2026-11-21T12:00:00Z"));
    expect({ quantities: p.quantities, mistakes: p.mistakes }).toEqual({
      quantities: [{ ask: "delta", right: 0, total: 1 }],
      mistakes: [{ mistake: "sign", count: 1 }],
    });
    expect((await exportMyData())!.logs[0]!.result).toBe(result);
  });

  test("a mistake named at several quantities of one answer counts once for that answer", async () => {
    const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12)).toISOString();
    const result = (mistakes: Array<[string, string]>) =>
      JSON.stringify({ quantities: [], mistakes: mistakes.map(([quantity, mistake]) => ({ quantity, mistake })) });
    const logs = [
      exportLog({
        itemId: exerciseId,
        seed: 1,
        review: at(18),
        due: at(18),
        result: result([
          ["dz2", "sign"],
          ["dW2", "sign"],
          ["db2", "sign"],
        ]),
      }),
      exportLog({
        itemId: exerciseId,
        seed: 2,
        review: at(19),
        due: at(19),
        result: result([
          ["dz2", "sign"],
          ["loss", "log"],
        ]),
      }),
    ];
    expect((await importMyData(exportFile(logs))).status).toBe(200);
    const p = await getProgress(users.alice!.id, new Date("2026-11-21T12:00:00Z"));
    expect(p.mistakes).toEqual([
      { mistake: "sign", count: 2 },
      { mistake: "log", count: 1 },
    ]);
  });

  test("a file that adds logs to a suspended leech (without that card's flags) leaves it suspended", async () => {
    const t0 = new Date("2026-11-01T09:00:00Z");
    await rate(qaId, Rating.Good, {}, t0);
    await db.reviewCard.update({
      where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } },
      data: { suspended: true, leech: true },
    });
    const later = new Date("2026-11-05T09:00:00Z").toISOString();
    const res = await importMyData(exportFile([exportLog({ itemId: qaId, review: later, due: later, state: 1 })]));
    expect(res).toMatchObject({ status: 200, body: { added: { logs: 1, cards: 1 } } });
    const card = await db.reviewCard.findUniqueOrThrow({
      where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } },
    });
    expect({ suspended: card.suspended, leech: card.leech, reps: card.reps }).toEqual({
      suspended: true,
      leech: true,
      reps: 2,
    });
  });

  test("imported logs carry the schedule replayed here, not the file's numbers, so undo and the new-card count agree", async () => {
    // Two Good ratings of one item an hour apart, the second claiming (falsely) to be the item's first review. Fixed
    // times on one learner day: taken as two hours before now, they fell on the day before from 04:00 to 06:00 UTC
    // (days start at 04:00), and no item counted as introduced today.
    const now = new Date("2026-11-01T12:00:00Z");
    const t0 = new Date("2026-11-01T10:00:00Z");
    const t1 = new Date(t0.getTime() + 3_600_000);
    const forged = { state: 0, stability: 1e9, difficulty: -50, scheduledDays: 99_999, learningSteps: 7 };
    const first = exportLog({ itemId: qaId, review: t0.toISOString(), due: t0.toISOString() });
    const second = exportLog({ itemId: qaId, review: t1.toISOString(), due: t1.toISOString(), ...forged });
    expect((await importMyData(exportFile([first, second]))).status).toBe(200);
    const expected = applyRating(newCardState(t0), Rating.Good, t0, { desiredRetention: 0.9 });
    const afterFirst = expected.card;
    const expectedSecond = applyRating(afterFirst, Rating.Good, t1, { desiredRetention: 0.9 }).log;
    const stored = await db.reviewLog.findUniqueOrThrow({ where: { id: second.id as string } });
    expect(stored).toMatchObject({ ...expectedSecond, id: second.id });
    // One item was introduced, not two.
    const session = await getReviewSession(users.alice!.id, { cram: false }, now);
    expect(session.newToday).toBe(1);
    // Undoing the second rating rolls the card back to after the first; it does not forget the item.
    expect(await undoRating({ reviewId: second.id })).toMatchObject({ status: 200 });
    const card = await db.reviewCard.findUniqueOrThrow({
      where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } },
    });
    expect({ reps: card.reps, state: card.state, stability: card.stability, difficulty: card.difficulty }).toEqual({
      reps: afterFirst.reps,
      state: afterFirst.state,
      stability: afterFirst.stability,
      difficulty: afterFirst.difficulty,
    });
  });

  test("a log imported before the account's own first review re-derives that review's schedule; undoing it keeps the item", async () => {
    const t0 = new Date("2026-11-01T09:00:00Z");
    const t1 = new Date("2026-11-01T10:00:00Z");
    const own = { reviewId: randomUUID(), itemId: qaId, rating: Rating.Good, durationMs: 1 };
    expect((await recordRating(own, t1)).status).toBe(200);
    const earlier = exportLog({ itemId: qaId, review: t0.toISOString(), due: t0.toISOString() });
    expect((await importMyData(exportFile([earlier]))).status).toBe(200);
    const afterEarlier = applyRating(newCardState(t0), Rating.Good, t0, { desiredRetention: 0.9 }).card;
    const expected = applyRating(afterEarlier, Rating.Good, t1, { desiredRetention: 0.9 }).log;
    expect(await db.reviewLog.findUniqueOrThrow({ where: { id: own.reviewId } })).toMatchObject(expected);
    expect(await undoRating({ reviewId: own.reviewId })).toMatchObject({ status: 200 });
    const card = await db.reviewCard.findUniqueOrThrow({
      where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } },
    });
    expect({ reps: card.reps, state: card.state, stability: card.stability }).toEqual({
      reps: afterEarlier.reps,
      state: afterEarlier.state,
      stability: afterEarlier.stability,
    });
  });

  test("the same file imported twice at once (a double submit) is stored once, and both answers are reports", async () => {
    const start = new Date("2026-11-01T09:00:00Z").getTime();
    const file = exportFile(
      Array.from({ length: 6 }, (_, k) => {
        const at = new Date(start + k * 3_600_000).toISOString();
        return exportLog({ itemId: k % 2 ? qaId : mcqId, review: at, due: at });
      }),
    );
    const [a, b] = await Promise.all([importMyData(file), importMyData(file)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const added = [a, b].map((r) => (r.body as { added: { logs: number } }).added.logs).sort();
    expect(added).toEqual([0, 6]);
    expect(await db.reviewLog.count({ where: { userId: users.alice!.id } })).toBe(6);
  });

  test("a log reviewed after the import is skipped: it would count as today's new item every day until then", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    const later = new Date("2027-01-01T12:00:00Z").toISOString();
    const future = exportLog({ itemId: mcqId, review: later, due: later });
    const res = await importMyData(exportFile([future]), now);
    expect(res).toMatchObject({
      status: 200,
      body: { added: { logs: 0, cards: 0 }, skipped: [{ id: future.id, reason: "reviewed after now" }] },
    });
    expect((await getReviewSession(users.alice!.id, { cram: false }, now)).newToday).toBe(0);
  });

  test("a log for an item that does not exist is skipped with its reason", async () => {
    const res = await importMyData(exportFile([exportLog({ itemId: "ghost-item" })]));
    expect(res).toMatchObject({
      status: 200,
      body: { added: { logs: 0 }, skipped: [{ reason: 'unknown item "ghost-item"' }] },
    });
  });
});

describe("getProgress", () => {
  test("counts due items, reviews per day, streak and retention from the logs", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    await rate(qaId, Rating.Good, {}, new Date(now.getTime() - 86_400_000));
    await rate(mcqId, Rating.Again, {}, now);
    const p = await getProgress(users.alice!.id, now);
    expect(p.reviews).toBe(2);
    expect(p.heatmap).toHaveLength(365);
    expect(p.heatmap.at(-1)!.count).toBe(1);
    expect(p.heatmap.at(-2)!.count).toBe(1);
    expect(p.streak).toBe(2);
    expect(p.dueToday).toBeGreaterThanOrEqual(1);
    expect(p.retention).toBeNull();
    expect(p.decks.reduce((s, d) => s + d.started, 0)).toBe(2);
  });
});

/** A review stored as it is, without the scheduler: what an old import or another server may have left. */
const storeLog = (log: {
  itemId: string;
  rating: number;
  state: number;
  review: Date;
  seed?: number;
  result?: string;
}) =>
  db.reviewLog.create({
    data: {
      id: randomUUID(),
      userId: users.alice!.id,
      due: log.review,
      stability: 1,
      difficulty: 1,
      scheduledDays: 0,
      learningSteps: 0,
      reviewQuarter: quarterOf(log.review),
      durationMs: 1,
      seed: null,
      result: null,
      ...log,
    },
  });

describe("getProgress retention", () => {
  test("is the share of reviews of learned items not rated Again, counted in the database's one pass", async () => {
    const at = new Date("2026-11-20T12:00:00Z");
    const logs: Array<[number, number]> = [
      [2, 1],
      [2, 3],
      [2, 4],
      [2, 3],
      [1, 1],
      [0, 3],
    ];
    for (const [state, rating] of logs) {
      await storeLog({ itemId: qaId, rating, state, review: at });
    }
    const p = await getProgress(users.alice!.id, new Date("2026-11-21T12:00:00Z"));
    expect({ reviews: p.reviews, retention: p.retention }).toEqual({ reviews: 6, retention: 3 / 4 });
  });
});

describe("getProgress exercise results", () => {
  test("a stored result /progress cannot read (imported before imports checked it) is left out, not a crash", async () => {
    const at = new Date("2026-11-20T12:00:00Z");
    const good = JSON.stringify({ quantities: [{ ask: "delta", ok: true }], mistakes: [] });
    for (const result of ["not json", "null", JSON.stringify({ quantities: [{ ask: 5 }] }), good]) {
      await storeLog({ itemId: exerciseId, rating: 3, state: 2, review: at, seed: 1, result });
    }
    const p = await getProgress(users.alice!.id, new Date("2026-11-21T12:00:00Z"));
    expect({ reviews: p.reviews, quantities: p.quantities }).toEqual({
      reviews: 4,
      quantities: [{ ask: "delta", right: 1, total: 1 }],
    });
  });
});

describe("getProgress due counts", () => {
  test("a suspended leech is not counted as due: the review queue does not offer it", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    await rate(qaId, Rating.Again, {}, new Date(now.getTime() - 3 * 86_400_000));
    await rate(mcqId, Rating.Again, {}, new Date(now.getTime() - 3 * 86_400_000));
    await db.reviewCard.update({
      where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } },
      data: { suspended: true, leech: true },
    });
    const session = await getReviewSession(users.alice!.id, { cram: false }, now);
    const p = await getProgress(users.alice!.id, now);
    expect(session.due).toBe(1);
    expect(p.dueToday).toBe(session.due);
  });

  test("a card of a retired item is not counted as due: the review queue no longer has that item", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    const retiredId = `retired-${randomUUID()}`;
    await db.contentItem.create({
      data: { id: retiredId, kind: "qa", deckId: "retired-deck", difficulty: "easy", title: "Gone", retired: true },
    });
    await db.reviewCard.create({
      data: { userId: users.alice!.id, itemId: retiredId, ...newCardState(new Date(now.getTime() - 86_400_000)) },
    });
    await rate(mcqId, Rating.Again, {}, new Date(now.getTime() - 3 * 86_400_000));
    const session = await getReviewSession(users.alice!.id, { cram: false }, now);
    const p = await getProgress(users.alice!.id, now);
    expect(session.due).toBe(1);
    expect(p.dueToday).toBe(session.due);
  });

  // Both pages count by one rule (lib/srs/due-today): everything falling due before the learner's day ends. The
  // queue counted only what was due this instant, so a learning step due in 30 minutes was due on /progress alone.
  test("/review and /progress agree on due today, a learning step due later today included and said apart", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    const setDue = (itemId: string, due: Date) =>
      db.reviewCard.update({ where: { userId_itemId: { userId: users.alice!.id, itemId } }, data: { due } });
    await rate(qaId, Rating.Good, {}, new Date(now.getTime() - 3 * 86_400_000));
    await setDue(qaId, now);
    await rate(mcqId, Rating.Again, {}, new Date(now.getTime() - 60_000));
    await setDue(mcqId, new Date(now.getTime() + 30 * 60_000));
    const tomorrowId = library.items.filter((i) => i.kind === "qa")[1]!.id;
    await rate(tomorrowId, Rating.Good, {}, new Date(now.getTime() - 3 * 86_400_000));
    await setDue(tomorrowId, new Date(now.getTime() + 86_400_000));
    const session = await getReviewSession(users.alice!.id, { cram: false }, now);
    const p = await getProgress(users.alice!.id, now);
    expect({ dueNow: session.due, laterToday: session.laterToday }).toEqual({ dueNow: 1, laterToday: 1 });
    expect({ dueToday: p.dueToday, laterToday: p.dueLaterToday, tomorrow: p.dueTomorrow }).toEqual({
      dueToday: session.due + session.laterToday,
      laterToday: session.laterToday,
      tomorrow: 1,
    });
  });

  // Paris leaves summer time on 2026-10-25, so the learner day from 04:00 on the 24th lasts 25 hours; it enters
  // summer time on 2026-03-29, so the day from 04:00 on the 28th lasts 23. The day starts at 04:00 local time.
  test.each([
    // 03:30 CET on the 25th: still the 24th's learner day, 24.5 hours after it began.
    { label: "the 25-hour day summer time ends", now: "2026-10-24T08:00:00Z", due: "2026-10-25T02:30:00Z", day: 0 },
    // 04:30 CEST on the 29th: the next learner day, 23.5 hours after this one began.
    { label: "the 23-hour day summer time starts", now: "2026-03-28T08:00:00Z", due: "2026-03-29T02:30:00Z", day: 1 },
    { label: "an ordinary day", now: "2026-11-10T08:00:00Z", due: "2026-11-11T02:30:00Z", day: 0 },
  ])("a card is forecast on the learner day its due time falls in ($label)", async ({ now, due, day }) => {
    await db.reviewSettings.create({ data: { userId: users.alice!.id, timeZone: "Europe/Paris", dayStartHour: 4 } });
    await rate(qaId, Rating.Good, {}, new Date(now));
    await db.reviewCard.update({
      where: { userId_itemId: { userId: users.alice!.id, itemId: qaId } },
      data: { due: new Date(due) },
    });
    const p = await getProgress(users.alice!.id, new Date(now));
    expect(p.forecast.slice(0, 2)).toEqual(day === 0 ? [1, 0] : [0, 1]);
  });
});

describe("deleting an account", () => {
  test("a rating that arrives after its account was deleted is refused as signed out, not a server error", async () => {
    // The session was checked before the account went (a review page open while the account is deleted elsewhere).
    await db.user.delete({ where: { id: users.alice!.id } });
    expect(await rate(qaId, Rating.Good)).toEqual({ status: 401, body: { error: "sign in to save reviews" } });
    expect(await db.reviewLog.count({ where: { userId: users.alice!.id } })).toBe(0);
  });

  test("settings and an import that arrive after the account was deleted are refused as signed out", async () => {
    await db.user.delete({ where: { id: users.alice!.id } });
    await expect(
      saveSettings({ desiredRetention: 0.85, newPerDay: 10, dayStartHour: 4, timeZone: "UTC" }),
    ).rejects.toEqual(expect.objectContaining({ code: "unauthorized", message: data.SIGNED_OUT_SETTINGS }));
    const at = new Date("2026-10-01T08:00:00Z").toISOString();
    const file = exportFile([exportLog({ itemId: qaId, due: at, review: at })]);
    expect(
      await importMyData({
        ...file,
        settings: { desiredRetention: 0.85, newPerDay: 10, dayStartHour: 4, timeZone: "UTC" },
      }),
    ).toEqual({
      status: 401,
      body: { error: "sign in to import" },
    });
    expect(await db.reviewSettings.count({ where: { userId: users.alice!.id } })).toBe(0);
  });

  test("removes every review row of that learner and none of anyone else's", async () => {
    await rate(qaId, Rating.Good);
    await db.reviewSettings.create({ data: { userId: users.alice!.id } });
    as("bob");
    await rate(qaId, Rating.Good);
    as("alice");
    expect(await deleteMyAccount({ confirmEmail: users.alice!.email })).toEqual({ ok: true });
    for (const table of [db.reviewLog, db.reviewCard, db.reviewSettings] as const) {
      expect(await (table as typeof db.reviewLog).count({ where: { userId: users.alice!.id } })).toBe(0);
    }
    expect(await db.reviewLog.count({ where: { userId: users.bob!.id } })).toBe(1);
  });
});
