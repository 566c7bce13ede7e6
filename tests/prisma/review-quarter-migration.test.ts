import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { quarterOf } from "@/lib/srs/quarter";

const migrations = path.resolve(import.meta.dirname, "../../prisma/migrations");
const NEW = "20261207120000_review_quarter";
const sql = (name: string) => readFileSync(path.join(migrations, name, "migration.sql"), "utf8");

// An install upgraded with reviews already stored: each must get its quarter hour, or /progress would count it on
// 1 January 1970 (outside every heatmap) instead of on its day.
test("the migration gives every stored review the quarter hour of its time", () => {
  const db = new Database(":memory:");
  const before = readdirSync(migrations)
    .filter((n) => /^\d+_/.test(n) && n < NEW)
    .sort();
  for (const name of before) db.exec(sql(name));
  db.prepare(`INSERT INTO "User" ("id", "email") VALUES ('u', 'u@example.com')`).run();
  db.prepare(
    `INSERT INTO "ContentItem" ("id", "kind", "deckId", "difficulty", "title", "updatedAt") VALUES ('i', 'qa', 'd', 'easy', 'T', 0)`,
  ).run();
  const reviews = [
    // As the driver adapter writes dates (ISO 8601 text), in UTC and with an offset, and as Unix milliseconds.
    { id: "a", review: "2026-11-23T10:14:59.999+00:00", at: "2026-11-23T10:14:59.999Z" },
    { id: "b", review: "2026-11-23T11:15:00.000+01:00", at: "2026-11-23T10:15:00.000Z" },
    { id: "c", review: Date.parse("2026-03-08T06:59:00Z"), at: "2026-03-08T06:59:00Z" },
  ];
  const insert = db.prepare(
    `INSERT INTO "ReviewLog" ("id", "userId", "itemId", "rating", "state", "due", "stability", "difficulty", "scheduledDays", "learningSteps", "review", "durationMs") VALUES (?, 'u', 'i', 3, 2, 0, 1, 1, 0, 0, ?, 1)`,
  );
  for (const r of reviews) insert.run(r.id, r.review);
  db.exec(sql(NEW));
  const rows = db.prepare(`SELECT "id", "reviewQuarter" FROM "ReviewLog" ORDER BY "id"`).all();
  expect(rows).toEqual(reviews.map((r) => ({ id: r.id, reviewQuarter: quarterOf(new Date(r.at)) })));
});
