import { randomUUID } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { loadContent } from "@/lib/content/load";
import { syncContentIndex } from "@/lib/review/content-index";
import { db } from "@/lib/server/db";
import { MAX_IMPORT_LOGS, MAX_LOGS_PER_ITEM, parseExport } from "@/lib/review/transfer-schema";
import type * as Replay from "@/lib/srs/replay";

// The limits an import is held to, so that no file makes the server fail or work without bound (issue: hardening).
const auth = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).fakeSession(auth));
// The real replay, except for the one item a test makes it refuse.
const refuse = vi.hoisted(() => ({ itemId: null as string | null }));
vi.mock("@/lib/srs/replay", async (original) => {
  const real = await original<typeof Replay>();
  return {
    ...real,
    replayHistoryInSlices: async (logs: Array<{ itemId?: string; rating: number; review: Date }>, settings: never) => {
      if (logs.some((l) => l.itemId === refuse.itemId)) throw new Error("Invalid delta_t -365");
      return real.replayHistoryInSlices(logs, settings);
    },
  };
});

// The real turn, counted: the writes of one item's reviews must give the event loop turns, not only the replay.
const turns = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/server/next-turn", () => ({
  nextTurn: () => {
    turns.count++;
    return new Promise<void>((resolve) => setImmediate(resolve));
  },
}));

const { LOOKUP_SLICE, WRITE_SLICE } = await import("@/lib/review/transfer");
// Imports as the route makes them: a raw file in, the status and body a client gets out.
const { importMyData } = await import("../helpers/boundary");

let items: string[];
beforeAll(async () => {
  const library = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  await syncContentIndex(library, { published: [], retired: [] });
  items = library.items.filter((i) => i.kind === "qa").map((i) => i.id);
}, 60_000);
beforeEach(async () => {
  const user = await db.user.create({ data: { email: `limits-${randomUUID()}@example.com` } });
  auth.user = { id: user.id, email: user.email!, name: null };
  refuse.itemId = null;
});
afterAll(() => db.$disconnect());

const log = (itemId: string, review: Date, over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  itemId,
  rating: 3,
  state: 0,
  due: review.toISOString(),
  stability: 1,
  difficulty: 1,
  scheduledDays: 0,
  learningSteps: 0,
  review: review.toISOString(),
  durationMs: 1,
  seed: null,
  result: null,
  ...over,
});
const file = (logs: unknown[], cards: unknown[] = []) => ({
  format: "gradwise-export",
  version: 1,
  exportedAt: new Date().toISOString(),
  settings: null,
  cards,
  logs,
});
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

describe("import dates", () => {
  // Reviews dated 0001-01-01 then 1900-01-01 made ts-fsrs throw "Invalid delta_t", answered 500.
  test.each([
    { label: "year 1", at: "0001-01-01T00:00:00.000Z" },
    { label: "1900", at: "1900-01-01T00:00:00.000Z" },
    { label: "1999-12-31", at: "1999-12-31T23:59:59.000Z" },
    { label: "2200", at: "2200-01-01T00:00:00.000Z" },
  ])("a review dated $label refuses the file with 400 naming the field", async ({ at }) => {
    const bad = { ...log(items[0]!, day(0)), review: at };
    const res = await importMyData(file([log(items[0]!, day(1)), bad]));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: expect.stringMatching(/^logs\.1\.review: must be between 2000-01-01 and 2200-01-01/),
    });
  });
  test("due dates and the export date are bounded the same way", async () => {
    const badDue = await importMyData(file([{ ...log(items[0]!, day(0)), due: "0001-01-01T00:00:00Z" }]));
    expect(badDue.body).toMatchObject({ error: expect.stringMatching(/^logs\.0\.due: must be between/) });
    const badExport = await importMyData({ ...file([]), exportedAt: "1900-01-01T00:00:00Z" });
    expect(badExport.body).toMatchObject({ error: expect.stringMatching(/^exportedAt: must be between/) });
  });
});

describe("an item that cannot be replayed", () => {
  test("is skipped with its reason, and the other items are imported", async () => {
    refuse.itemId = items[0]!;
    const broken = [log(items[0]!, day(0)), log(items[0]!, day(2))];
    const fine = log(items[1]!, day(0));
    const res = await importMyData(file([...broken, fine]));
    expect(res).toMatchObject({ status: 200, body: { added: { logs: 1, cards: 1 } } });
    const body = res.body as { skipped: Array<{ id: string; reason: string }> };
    expect(body.skipped.map((s) => s.id)).toEqual(broken.map((l) => l.id));
    expect(body.skipped[0]!.reason).toBe(
      `item "${items[0]}" cannot be replayed with these reviews: Invalid delta_t -365`,
    );
    expect(await db.reviewLog.count({ where: { userId: auth.user!.id } })).toBe(1);
    expect(await db.reviewCard.count({ where: { userId: auth.user!.id, itemId: items[0]! } })).toBe(0);
  });
});

describe("an item's reviews are written in slices", () => {
  // One createMany of an item's 2,000 reviews held the server for 600 ms (about 0.3 ms a row in Prisma).
  test(`${WRITE_SLICE} at a time, with a turn of the event loop between`, async () => {
    const count = 10 * WRITE_SLICE;
    const logs = Array.from({ length: count }, (_, i) => log(items[0]!, new Date(day(0).getTime() + i * 60_000)));
    const before = turns.count;
    expect(await importMyData(file(logs))).toMatchObject({ status: 200, body: { added: { logs: count } } });
    // Beside the writes' 9, the validation, the replay (every 250 ratings) and the item loop take their own.
    const replayTurns = Math.floor((count - 1) / 250);
    expect(turns.count - before).toBeGreaterThanOrEqual(count / WRITE_SLICE - 1 + replayTurns);
  }, 60_000);
});

describe("an item's review ids are looked up in slices", () => {
  // Past the first slice too: a lookup that stopped there took the rest for free ids and failed on the primary key.
  const count = 2 * LOOKUP_SLICE + 20;
  const logs = () => Array.from({ length: count }, (_, i) => log(items[1]!, new Date(day(0).getTime() + i * 60_000)));

  test(`the same file again adds nothing, ${count} reviews on one item`, async () => {
    const same = file(logs());
    expect(await importMyData(same)).toMatchObject({ status: 200, body: { added: { logs: count } } });
    const again = await importMyData(same);
    expect(again).toMatchObject({ status: 200, body: { added: { logs: 0, cards: 0 } } });
    expect((again.body as { skipped: unknown[] }).skipped).toHaveLength(count);
  }, 60_000);

  test(`into another account, every one of ${count} ids another account holds is renumbered`, async () => {
    const same = file(logs());
    await importMyData(same);
    const other = await db.user.create({ data: { email: `limits-${randomUUID()}@example.com` } });
    auth.user = { id: other.id, email: other.email!, name: null };
    expect(await importMyData(same)).toMatchObject({
      status: 200,
      body: { added: { logs: count, cards: 1, renumbered: count }, skipped: [] },
    });
  }, 60_000);
});

describe("import caps", () => {
  test(`an item is capped at ${MAX_LOGS_PER_ITEM} reviews, stored and imported together`, async () => {
    const many = Array.from({ length: MAX_LOGS_PER_ITEM }, (_, i) =>
      log(items[0]!, new Date(day(0).getTime() + i * 60_000)),
    );
    const first = await importMyData(file([...many, log(items[1]!, day(0))]));
    expect(first).toMatchObject({ status: 200, body: { added: { logs: MAX_LOGS_PER_ITEM + 1 }, skipped: [] } });
    // One more for the same item passes the cap with what is stored; another item is still fine.
    const extra = log(items[0]!, day(100));
    const second = await importMyData(file([extra, log(items[2]!, day(0))]));
    expect(second).toMatchObject({
      status: 200,
      body: {
        added: { logs: 1 },
        skipped: [{ id: extra.id, reason: `item "${items[0]}" would have more than ${MAX_LOGS_PER_ITEM} reviews` }],
      },
    });
  }, 60_000);
  test(`a file is capped at ${MAX_IMPORT_LOGS} reviews, refused as a whole`, async () => {
    const one = log(items[0]!, day(0));
    const logs = Array.from({ length: MAX_IMPORT_LOGS + 1 }, (_, i) => ({ ...one, id: `r${i}` }));
    const res = await importMyData(file(logs));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: expect.stringMatching(/^logs: Too big/) });
  });
  test("the same item twice in the cards list is refused, as the same review id twice is", async () => {
    const res = await importMyData(
      file(
        [log(items[0]!, day(0))],
        [
          { itemId: items[0]!, suspended: true, leech: false },
          { itemId: items[0]!, suspended: false, leech: true },
        ],
      ),
    );
    expect(res).toMatchObject({ status: 400, body: { error: "cards: an item appears more than once" } });
  });
});

describe("parseExport, the validation in slices", () => {
  test("reports the same issues as one parse would, at most five, with their paths", async () => {
    const logs = Array.from({ length: 5_000 }, (_, i) => log(items[0]!, day(0), i % 1000 === 7 ? { rating: 9 } : {}));
    const parsed = await parseExport(file(logs));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues.map((i) => i.path.join("."))).toEqual([
      "logs.7.rating",
      "logs.1007.rating",
      "logs.2007.rating",
      "logs.3007.rating",
      "logs.4007.rating",
    ]);
  });
  test("gives the event loop turns while it validates a large file", async () => {
    const logs = Array.from({ length: 20_000 }, (_, i) => log(items[0]!, new Date(day(0).getTime() + i * 1000)));
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const parsed = await parseExport(file(logs));
    clearInterval(timer);
    expect(parsed.success).toBe(true);
    expect(ticks).toBeGreaterThan(3);
  });
});
