// Review writes under load: ratings per second and latency with 50 signed-in users rating as fast as they can,
// beside a bare better-sqlite3 insert loop on the same file (the floor the database itself sets).
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import {
  createSignedInUsers,
  planRatings,
  postRating,
  quantile,
  reviewableItemIds,
  sqliteDate,
} from "../scripts/lib/load-users";
import type { RunningServer } from "../scripts/lib/server";

const USERS = 50;
const PER_USER = 40;
const SEED = 7;

export interface ReviewWriteBench {
  users: number;
  ratings: number;
  ratingsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  baselineInsertsPerSecond: number;
}

/**
 * One INSERT per transaction into a scratch table shaped like ReviewLog, in the server's file, with the same
 * journal mode and synchronous setting as the server's connection (WAL + NORMAL); the table is dropped after.
 */
function baselineInsertsPerSecond(dbFile: string, rows: number): number {
  const sqlite = new Database(dbFile, { timeout: 5000 });
  try {
    sqlite.pragma("synchronous = NORMAL");
    sqlite.exec(
      'CREATE TABLE IF NOT EXISTS "bench_review_insert" ("id" TEXT PRIMARY KEY, "userId" TEXT NOT NULL, "itemId" TEXT NOT NULL, "rating" INTEGER NOT NULL, "state" INTEGER NOT NULL, "due" DATETIME NOT NULL, "stability" REAL NOT NULL, "difficulty" REAL NOT NULL, "scheduledDays" INTEGER NOT NULL, "learningSteps" INTEGER NOT NULL, "review" DATETIME NOT NULL, "durationMs" INTEGER NOT NULL)',
    );
    const insert = sqlite.prepare('INSERT INTO "bench_review_insert" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const started = performance.now();
    for (let i = 0; i < rows; i++) {
      const now = sqliteDate(new Date());
      insert.run(randomUUID(), "bench-user", "bench-item", 1 + (i % 4), 1, now, 2.5, 5.1, 0, 1, now, 1000);
    }
    const seconds = (performance.now() - started) / 1000;
    sqlite.exec('DROP TABLE "bench_review_insert"');
    return rows / seconds;
  } finally {
    sqlite.close();
  }
}

export async function runReviewWriteBench(server: RunningServer): Promise<ReviewWriteBench> {
  const items = reviewableItemIds(server.dbFile);
  const users = createSignedInUsers(server.dbFile, USERS, "bench");
  const plans = planRatings(SEED, USERS, PER_USER, items);
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    users.map(async (user, u) => {
      for (const rating of plans[u]!) {
        const outcome = await postRating(server.baseUrl, user, rating);
        if (outcome.kind === "network" || outcome.status !== 200) {
          throw new Error(
            `review-write bench: ${user.id} got ${outcome.kind === "network" ? outcome.error : `HTTP ${outcome.status}`}`,
          );
        }
        latencies.push(outcome.ms);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    users: USERS,
    ratings: latencies.length,
    ratingsPerSecond: latencies.length / seconds,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    baselineInsertsPerSecond: baselineInsertsPerSecond(server.dbFile, latencies.length),
  };
}
