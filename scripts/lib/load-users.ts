// Signed-in users and a rating client for the load test (`npm run test:load`) and the review-write bench.
// Users are written straight into the server's SQLite file: signing up through the app would spend most of the
// run in bcrypt, which is not what either measures.
import Database from "better-sqlite3";
import { randomBytes, randomUUID } from "node:crypto";
import { SESSION_MAX_AGE_S, sessionCookieName } from "../../lib/auth/session-cookie";
import { createRandom } from "../../lib/engine/random";

export interface LoadUser {
  id: string;
  email: string;
  /** The `Cookie` header value: next-auth's session cookie under its plain-http name (see lib/auth/session-cookie.ts). */
  cookie: string;
}

export interface RatingRequest {
  reviewId: string;
  itemId: string;
  rating: 1 | 2 | 3 | 4;
  durationMs: number;
}

/** One POST /api/reviews as the client saw it: an HTTP answer, or no answer at all (refused, reset, timed out). */
export type RatingOutcome =
  | { kind: "response"; status: number; duplicate: boolean | null; ms: number }
  | { kind: "network"; error: string; ms: number };

/** DateTime as the Prisma better-sqlite3 adapter writes it (its default "iso8601" format), so Prisma reads it back. */
export const sqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

const SESSION_MAX_AGE_MS = SESSION_MAX_AGE_S * 1000;

/**
 * Inserts `count` users, each with a fresh database session. A session is given the full lifetime a sign-in gives:
 * next-auth rewrites any session older than its update age (a day) on every read, and a shorter expiry would turn
 * each rating into two writes. Call after the server has migrated the file.
 */
export function createSignedInUsers(dbFile: string, count: number, label: string): LoadUser[] {
  const sqlite = new Database(dbFile, { timeout: 5000 });
  try {
    const now = new Date();
    const expires = new Date(now.getTime() + SESSION_MAX_AGE_MS);
    const insertUser = sqlite.prepare('INSERT INTO "User" ("id", "name", "email", "createdAt") VALUES (?, ?, ?, ?)');
    const insertSession = sqlite.prepare(
      'INSERT INTO "Session" ("id", "sessionToken", "userId", "expires") VALUES (?, ?, ?, ?)',
    );
    const users: LoadUser[] = [];
    sqlite.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = `${label}-user-${i}-${randomBytes(4).toString("hex")}`;
        const email = `${id}@load.invalid`;
        const token = randomBytes(32).toString("hex");
        insertUser.run(id, `${label} user ${i}`, email, sqliteDate(now));
        insertSession.run(`${id}-session`, token, id, sqliteDate(expires));
        users.push({ id, email, cookie: `${sessionCookieName(false)}=${token}` });
      }
    })();
    return users;
  } finally {
    sqlite.close();
  }
}

/** Items a rating needs nothing else for: every active item except derivations, which need a checked attempt. */
export function reviewableItemIds(dbFile: string): string[] {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite
      .prepare(`SELECT "id" FROM "ContentItem" WHERE "kind" != 'derivation' AND "retired" = 0 ORDER BY "id"`)
      .all() as Array<{ id: string }>;
    return rows.map((r) => r.id);
  } finally {
    sqlite.close();
  }
}

/**
 * Each user's ratings in order: items drawn with replacement (so most cards get several logs), ratings 1–4 from
 * the seeded source; the review ids are fresh UUIDs, as the review page makes them.
 */
export function planRatings(
  seed: number,
  users: number,
  perUser: number,
  itemIds: readonly string[],
): RatingRequest[][] {
  const random = createRandom(seed);
  return Array.from({ length: users }, () =>
    Array.from({ length: perUser }, () => ({
      reviewId: randomUUID(),
      itemId: random.pick(itemIds),
      rating: random.int(1, 4) as RatingRequest["rating"],
      durationMs: random.int(500, 20_000),
    })),
  );
}

export async function postRating(
  baseUrl: string,
  user: LoadUser,
  rating: RatingRequest,
  timeoutMs = 30_000,
): Promise<RatingOutcome> {
  const started = performance.now();
  try {
    const res = await fetch(`${baseUrl}/api/reviews`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: user.cookie },
      body: JSON.stringify(rating),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    let duplicate: boolean | null = null;
    if (res.ok) {
      try {
        const body = JSON.parse(text) as { duplicate?: unknown };
        duplicate = typeof body.duplicate === "boolean" ? body.duplicate : null;
      } catch {
        // A 200 without a JSON body leaves duplicate null, which the callers count as a violation.
      }
    }
    return { kind: "response", status: res.status, duplicate, ms };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      kind: "network",
      error: cause?.code ?? cause?.message ?? (error as Error).message,
      ms: performance.now() - started,
    };
  }
}

/** The q-quantile (0–1) of a list of numbers, nearest-rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}
