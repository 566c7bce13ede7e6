// Review writes under load: ratings per second and latency with 50 signed-in users rating as fast as they can,
// beside a bare better-sqlite3 insert loop on the same file (the floor the database itself sets).
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
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
/**
 * 400 ratings in 40 s. With 200, the p99 was the second-slowest rating, and one pause on a shared machine moved it
 * from about 20 ms to 55 ms in one run of ten.
 */
const PACED_PER_USER = 8;

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
  pingFloor: PingFigures;
  /**
   * The same clients, back to back, on a bare node:http server in its own process that answers every request with
   * a constant: what this machine and these clients reach with no framework at all.
   */
  bareNodeFloor: PingFigures;
}

export type PingFigures = Omit<WriteFigures, "ratings" | "ratingsPerSecond"> & {
  requests: number;
  requestsPerSecond: number;
};

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

/** USERS clients each sending PER_USER GETs to `url`, the next as soon as the last is answered. */
async function pingAll(url: string): Promise<PingFigures> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      for (let k = 0; k < PER_USER; k++) {
        const t = performance.now();
        const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
        await res.text();
        if (!res.ok) throw new Error(`review-write bench: GET ${url} answered HTTP ${res.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const { count, perSecond, p50Ms, p99Ms } = summarize(latencies, started);
  return { users: USERS, requests: count, requestsPerSecond: perSecond, p50Ms, p99Ms };
}

// A separate process, as the app's server is, so the clients and the server do not share one event loop.
const BARE_SERVER = `
const server = require("node:http").createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  res.end('{"ok":true}');
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

/** pingAll against a bare node:http server started for the run and stopped after it. */
async function pingBareNode(): Promise<PingFigures> {
  const child = spawn(process.execPath, ["-e", BARE_SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [chunk] = (await Promise.race([
      once(child.stdout, "data"),
      once(child, "exit").then(() => {
        throw new Error("review-write bench: the bare node:http server exited before listening");
      }),
    ])) as [Buffer];
    return await pingAll(`http://127.0.0.1:${Number(String(chunk).trim())}/`);
  } finally {
    child.kill();
  }
}

export async function runReviewWriteBench(server: RunningServer): Promise<ReviewWriteBench> {
  const saturated = await rateAll(server, "bench-saturated", PER_USER, null);
  const pingFloor = await pingAll(`${server.baseUrl}/api/ping`);
  const bareNodeFloor = await pingBareNode();
  // Seeded phases, so two runs offer the same load at the same moments.
  const random = createRandom(SEED);
  const phase = Array.from({ length: USERS }, () => random.next() * PACED_INTERVAL_MS);
  const paced = await rateAll(server, "bench-paced", PACED_PER_USER, (u, k) => phase[u]! + k * PACED_INTERVAL_MS);
  return {
    saturated,
    paced: { ...paced, intervalMs: PACED_INTERVAL_MS },
    baselineInsertsPerSecond: baselineInsertsPerSecond(server.dbFile, saturated.ratings),
    pingFloor,
    bareNodeFloor,
  };
}
