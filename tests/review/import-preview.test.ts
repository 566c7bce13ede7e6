import { randomUUID } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { loadContent } from "@/lib/content/load";
import { syncContentIndex } from "@/lib/review/content-index";
import { db } from "@/lib/server/db";
import { Rating } from "@/lib/srs/scheduler";

// An import is previewed before it is confirmed (issue #20): the preview must write nothing and say what the import
// then does.
const auth = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).fakeSession(auth));

// Imports and ratings as their routes make them: raw payloads in, the status and body a client gets out.
const { importMyData, recordRating } = await import("../helpers/boundary");
const { POST: importRoute } = await import("@/app/api/me/import/route");

let qaIds: string[];
beforeAll(async () => {
  const library = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  await syncContentIndex(library, { published: [], retired: [] });
  qaIds = library.items.filter((i) => i.kind === "qa").map((i) => i.id);
}, 60_000);

async function signIn() {
  const user = await db.user.create({ data: { email: `preview-${randomUUID()}@example.com` } });
  auth.user = { id: user.id, email: user.email!, name: null };
  return user.id;
}
beforeEach(signIn);
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
const file = (logs: unknown[], settings: unknown = null) => ({
  format: "gradwise-export",
  version: 1,
  exportedAt: new Date().toISOString(),
  settings,
  cards: [],
  logs,
});
const SETTINGS = { desiredRetention: 0.85, newPerDay: 12, dayStartHour: 3, timeZone: "Europe/Paris" };
const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n, 8));
const now = day(30);

/** Every row an import may write or change, anyone's. */
const everything = async () => ({
  logs: await db.reviewLog.findMany({ orderBy: { id: "asc" } }),
  cards: await db.reviewCard.findMany({ orderBy: [{ userId: "asc" }, { itemId: "asc" }] }),
  settings: await db.reviewSettings.findMany({ orderBy: { userId: "asc" } }),
});

describe("import preview", () => {
  test.each([
    {
      label: "a first import with settings into a new account",
      arrange: async () => file([log(qaIds[0]!, day(0)), log(qaIds[0]!, day(2)), log(qaIds[1]!, day(1))], SETTINGS),
    },
    {
      label: "a mix: an unknown item, a review after now, and one already in the account",
      arrange: async () => {
        const mine = randomUUID();
        await recordRating({ reviewId: mine, itemId: qaIds[0]!, rating: Rating.Good, durationMs: 1 }, day(0));
        const own = await db.reviewLog.findUniqueOrThrow({ where: { id: mine } });
        return file([
          { ...log(qaIds[0]!, day(0)), id: mine, review: own.review.toISOString() },
          log("no-such-item", day(1)),
          log(qaIds[1]!, day(60)),
          log(qaIds[1]!, day(3)),
        ]);
      },
    },
    {
      // The import re-derives the stored review's schedule: the preview must roll that update back too.
      label: "a review before the account's own first one, so a stored review is rescheduled",
      arrange: async () => {
        await recordRating({ reviewId: randomUUID(), itemId: qaIds[0]!, rating: Rating.Good, durationMs: 1 }, day(5));
        return file([log(qaIds[0]!, day(1), { rating: Rating.Again })]);
      },
    },
    {
      label: "a backup restored beside the account it came from, so every review is renumbered",
      arrange: async () => {
        const other = await signIn();
        const ids = [randomUUID(), randomUUID()];
        await recordRating({ reviewId: ids[0]!, itemId: qaIds[0]!, rating: Rating.Good, durationMs: 1 }, day(0));
        await recordRating({ reviewId: ids[1]!, itemId: qaIds[0]!, rating: Rating.Hard, durationMs: 1 }, day(2));
        const logs = await db.reviewLog.findMany({ where: { userId: other }, orderBy: { review: "asc" } });
        await signIn();
        return file(logs.map((l) => ({ ...log(l.itemId, l.review, { rating: l.rating }), id: l.id })));
      },
    },
  ])("$label: the preview writes nothing and reports what the import then does", async ({ arrange }) => {
    const body = JSON.parse(JSON.stringify(await arrange()));
    const before = await everything();
    const preview = await importMyData(body, now, { preview: true });
    expect(await everything()).toEqual(before);
    expect(preview).toMatchObject({ status: 200, body: { preview: true } });
    const imported = await importMyData(body, now);
    expect(imported.body).not.toHaveProperty("preview");
    expect(preview).toEqual({ status: 200, body: { preview: true, ...imported.body } });
    // It did add something, so a preview that wrote it would have been caught above.
    expect(await everything()).not.toEqual(before);
  });

  test("the route previews with ?preview=1, writes nothing, and imports without it", async () => {
    const body = JSON.stringify(file([log(qaIds[0]!, day(0)), log(qaIds[1]!, day(1))], SETTINGS));
    const post = (query: string) =>
      importRoute(
        new Request(`http://localhost/api/me/import${query}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        }),
      );
    const before = await everything();
    const preview = await post("?preview=1");
    expect(preview.status).toBe(200);
    const previewed = await preview.json();
    expect(previewed).toMatchObject({ preview: true, added: { logs: 2, cards: 2, settings: true, renumbered: 0 } });
    expect(await everything()).toEqual(before);
    const imported = await post("");
    expect({ preview: true, ...(await imported.json()) }).toEqual(previewed);
    expect(await db.reviewLog.count({ where: { userId: auth.user!.id } })).toBe(2);
  });
});
