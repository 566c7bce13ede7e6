import { randomUUID } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { loadContent } from "@/lib/content/load";
import { syncContentIndex } from "@/lib/review/content-index";
import { db } from "@/lib/server/db";
import { quarterOf } from "@/lib/srs/quarter";
import type { ExportData } from "@/lib/review/transfer-schema";

// The export is written a slice of reviews at a time (issue: hardening); the file must still be whole and in order.
const auth = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).fakeSession(auth));

const { EXPORT_SLICE, exportMyData } = await import("@/lib/review/transfer");

let itemId: string;
beforeAll(async () => {
  const library = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  await syncContentIndex(library, { published: [], retired: [] });
  itemId = library.items.find((i) => i.kind === "qa")!.id;
}, 60_000);
beforeEach(async () => {
  const user = await db.user.create({ data: { email: `export-${randomUUID()}@example.com` } });
  auth.user = { id: user.id, email: user.email!, name: null };
});
afterAll(() => db.$disconnect());

async function pieces(): Promise<string[]> {
  const out: string[] = [];
  for await (const piece of (await exportMyData(new Date("2026-12-01T00:00:00Z")))!) out.push(piece);
  return out;
}

/** `count` reviews of one item; `sameTime` of them at one instant, so a slice boundary falls inside a tie. */
async function seedLogs(count: number, sameTime: number) {
  const start = Date.parse("2026-01-01T00:00:00Z");
  const data = Array.from({ length: count }, (_, k) => {
    const at = new Date(k < sameTime ? start : start + k * 60_000);
    return {
      id: randomUUID(),
      userId: auth.user!.id,
      itemId,
      rating: 1 + (k % 4),
      state: 1,
      due: at,
      stability: 1,
      difficulty: 5,
      scheduledDays: 0,
      learningSteps: 0,
      review: at,
      reviewQuarter: quarterOf(at),
      durationMs: k,
    };
  });
  await db.reviewLog.createMany({ data });
  return data;
}

describe("exportMyData", () => {
  test("signed out: no file, but an unauthorized AppError", async () => {
    auth.user = null;
    await expect(exportMyData()).rejects.toEqual(
      expect.objectContaining({ code: "unauthorized", message: "sign in to export your data" }),
    );
  });

  test.each([
    { label: "no reviews", count: 0, sameTime: 0 },
    { label: "fewer than a slice", count: 7, sameTime: 3 },
    { label: "exactly one slice", count: EXPORT_SLICE, sameTime: 0 },
    // The tie spans the first boundary: paging by time alone would repeat or drop reviews there.
    {
      label: "two slices and one more, a tie across the boundary",
      count: 2 * EXPORT_SLICE + 1,
      sameTime: EXPORT_SLICE + 5,
    },
  ])("$label: every review once, in (time, id) order, as one JSON file", async ({ count, sameTime }) => {
    const seeded = await seedLogs(count, sameTime);
    const text = (await pieces()).join("");
    const file = JSON.parse(text) as ExportData;
    expect(file).toMatchObject({ format: "gradwise-export", version: 1, exportedAt: "2026-12-01T00:00:00.000Z" });
    const expected = [...seeded].sort((a, b) => a.review.getTime() - b.review.getTime() || (a.id < b.id ? -1 : 1));
    expect(file.logs.map((l) => l.id)).toEqual(expected.map((l) => l.id));
    expect(new Set(file.logs.map((l) => l.id)).size).toBe(count);
    expect(file.logs[0]?.review).toBe(expected[0]?.review.toISOString());
  });

  test("the reviews come in pieces of one slice, not in one", async () => {
    await seedLogs(2 * EXPORT_SLICE + 1, 0);
    // Head, three slices, closing brackets.
    expect(await pieces()).toHaveLength(5);
  });
});
