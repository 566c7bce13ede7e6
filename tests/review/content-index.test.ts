import { afterAll, describe, expect, test } from "vitest";
import type { ContentLibrary } from "@/lib/content/load";
import { syncContentIndex } from "@/lib/review/content-index";
import { db } from "@/lib/server/db";

// Integration: a real SQLite file migrated by `prisma migrate deploy` in tests/helpers/global-setup.ts.
const item = (id: string, deck = "dk") =>
  ({
    id,
    kind: "qa",
    deck,
    difficulty: "easy",
    tags: ["t"],
    title: `Title ${id}`,
    related: [],
    file: `${id}.mdx`,
    sections: {},
    searchText: "",
  }) as ContentLibrary["items"][number];

afterAll(() => db.$disconnect());

describe("syncContentIndex", () => {
  test("writes the index, then flags vanished and registry-retired ids without deleting anything", async () => {
    const registry = { published: [], retired: [] };
    await syncContentIndex({ items: [item("alpha"), item("beta")] }, registry);
    expect(await db.contentItem.findMany({ orderBy: { id: "asc" }, select: { id: true, retired: true } })).toEqual([
      { id: "alpha", retired: false },
      { id: "beta", retired: false },
    ]);

    const report = await syncContentIndex(
      { items: [item("alpha", "moved")] },
      { published: [], retired: [{ id: "gamma", reason: "merged" }] },
    );
    expect(report).toEqual({ active: 1, retired: 2 });
    const rows = await db.contentItem.findMany({
      orderBy: { id: "asc" },
      select: { id: true, deckId: true, retired: true },
    });
    expect(rows).toEqual([
      { id: "alpha", deckId: "moved", retired: false },
      { id: "beta", deckId: "dk", retired: true },
      { id: "gamma", deckId: "", retired: true },
    ]);
    expect(await db.contentSync.count()).toBe(2);
  });

  test("is idempotent: syncing the same library twice leaves the same rows", async () => {
    const lib = { items: [item("delta"), item("epsilon")] };
    await syncContentIndex(lib, { published: [], retired: [] });
    const first = await db.contentItem.findMany({ orderBy: { id: "asc" }, select: { id: true, retired: true } });
    await syncContentIndex(lib, { published: [], retired: [] });
    expect(await db.contentItem.findMany({ orderBy: { id: "asc" }, select: { id: true, retired: true } })).toEqual(
      first,
    );
  });
});
