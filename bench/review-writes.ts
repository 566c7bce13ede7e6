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
import { createRandom } from "../lib/engine/random";

const USERS = 50;
const PER_USER = 40;
const SEED = 7;
/** A learner reading a card and rating it: one rating every 5 s is brisk for real review. */
const PACED_INTERVAL_MS = 5000;
const PACED_PER_USER = 4;

export interface WriteFigures {
  users: number;
  ratings: number;
  ratingsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface ReviewWriteBench {
  /** Every user sends its next rating the moment the last is answered: the server's ceiling, queueing included. */
  saturated: WriteFigures;
  /** Every user rates once per interval, starting at a random moment in the first one: the load 50 people make. */
  paced: WriteFigures & { intervalMs: number };
  baselineInsertsPerSecond: number;
  /**
   * The same clients, back to back, on GET /api/ping: what this server and harness answer when a request does no
   * work at all. Back-to-back latency is about clients ÷ throughput, so this is the floor under `saturated`.
   */
  pingFloor: Omit<WriteFigures, "ratings" | "ratingsPerSecond"> & { requests: number; requestsPerSecond: number };
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

/** How many requests a run answered, how fast, and their median and 99th-percentile latency. */
function summarize(latencies: number[], started: number) {
  const seconds = (performance.now() - started) / 1000;
  return {
    count: latencies.length,
    perSecond: latencies.length / seconds,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
  };
}

async function rateAll(
  server: RunningServer,
  label: string,
  perUser: number,
  pace: ((user: number, k: number) => number) | null,
): Promise<WriteFigures> {
  const items = reviewableItemIds(server.dbFile);
  const users = createSignedInUsers(server.dbFile, USERS, label);
  const plans = planRatings(SEED, USERS, perUser, items);
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    users.map(async (user, u) => {
      for (const [k, rating] of plans[u]!.entries()) {
        const at = pace?.(u, k);
        if (at !== undefined) await new Promise((r) => setTimeout(r, Math.max(0, started + at - performance.now())));
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
  const { count, perSecond, p50Ms, p99Ms } = summarize(latencies, started);
  return { users: USERS, ratings: count, ratingsPerSecond: perSecond, p50Ms, p99Ms };
}

/** USERS clients each sending PER_USER pings, the next as soon as the last is answered. */
async function pingAll(server: RunningServer): Promise<ReviewWriteBench["pingFloor"]> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      for (let k = 0; k < PER_USER; k++) {
        const t = performance.now();
        const res = await fetch(`${server.baseUrl}/api/ping`, { signal: AbortSignal.timeout(30_000) });
        await res.text();
        if (!res.ok) throw new Error(`review-write bench: GET /api/ping answered HTTP ${res.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const { count, perSecond, p50Ms, p99Ms } = summarize(latencies, started);
  return { users: USERS, requests: count, requestsPerSecond: perSecond, p50Ms, p99Ms };
}

export async function runReviewWriteBench(server: RunningServer): Promise<ReviewWriteBench> {
  const saturated = await rateAll(server, "bench-saturated", PER_USER, null);
  const pingFloor = await pingAll(server);
  // Seeded phases, so two runs offer the same load at the same moments.
  const random = createRandom(SEED);
  const phase = Array.from({ length: USERS }, () => random.next() * PACED_INTERVAL_MS);
  const paced = await rateAll(server, "bench-paced", PACED_PER_USER, (u, k) => phase[u]! + k * PACED_INTERVAL_MS);
  return {
    saturated,
    paced: { ...paced, intervalMs: PACED_INTERVAL_MS },
    baselineInsertsPerSecond: baselineInsertsPerSecond(server.dbFile, saturated.ratings),
    pingFloor,
  };
}
