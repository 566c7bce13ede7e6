// What the load test checks after a run: every acknowledged rating stored exactly once and as sent, nothing stored
// that was never sent, and each card's state equal to the replay of its own logs through ts-fsrs.
import Database from "better-sqlite3";
import { replayLogs } from "../../lib/srs/replay";
import type { CardState } from "../../lib/srs/scheduler";
import { DEFAULT_SETTINGS } from "../../lib/srs/settings";

/** A rating the server answered 200 to. */
export interface AckedRating {
  reviewId: string;
  userId: string;
  itemId: string;
  rating: number;
}

export interface LogRow {
  id: string;
  userId: string;
  itemId: string;
  rating: number;
  review: Date;
}

export interface CardRow extends CardState {
  userId: string;
  itemId: string;
}

export interface StoredReviews {
  logs: LogRow[];
  cards: CardRow[];
  /** desiredRetention per user who saved settings; everyone else has the defaults. */
  retention: Map<string, number>;
}

export interface VerifyInput extends StoredReviews {
  acked: readonly AckedRating[];
  /**
   * Review ids that were sent but never answered (in flight when the server was killed): each may or may not be
   * stored. Any other stored id that was not acknowledged is a violation.
   */
  unanswered?: ReadonlySet<string>;
}

const key = (userId: string, itemId: string) => `${userId} ${itemId}`;

// Stored REALs round-trip a double exactly, so replay and storage should agree to the last bit; the tolerance only
// keeps the check honest if a future ts-fsrs rounds differently in its two code paths.
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const sameTime = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());
const show = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/** Every violation found, in a stable order; an empty list means the stored reviews are consistent. */
export function verifyReviews(input: VerifyInput): string[] {
  const violations: string[] = [];
  const logsById = new Map<string, LogRow[]>();
  for (const log of input.logs) logsById.set(log.id, [...(logsById.get(log.id) ?? []), log]);

  const acked = new Map<string, AckedRating>();
  for (const a of input.acked) {
    if (acked.has(a.reviewId)) violations.push(`review ${a.reviewId}: acknowledged twice as a new rating`);
    acked.set(a.reviewId, a);
  }
  for (const a of acked.values()) {
    const stored = logsById.get(a.reviewId) ?? [];
    if (stored.length !== 1) {
      violations.push(`review ${a.reviewId}: acknowledged, stored ${stored.length} times`);
      continue;
    }
    const log = stored[0]!;
    if (log.userId !== a.userId || log.itemId !== a.itemId || log.rating !== a.rating) {
      violations.push(
        `review ${a.reviewId}: sent (${a.userId}, ${a.itemId}, ${a.rating}), stored (${log.userId}, ${log.itemId}, ${log.rating})`,
      );
    }
  }
  for (const [id, stored] of logsById) {
    if (!acked.has(id) && !input.unanswered?.has(id))
      violations.push(`review ${id}: stored ${stored.length} time(s) but never sent or never acknowledged`);
  }

  const logsByCard = new Map<string, LogRow[]>();
  for (const log of input.logs)
    logsByCard.set(key(log.userId, log.itemId), [...(logsByCard.get(key(log.userId, log.itemId)) ?? []), log]);
  const cards = new Map(input.cards.map((c) => [key(c.userId, c.itemId), c]));
  for (const [k, logs] of logsByCard) {
    const card = cards.get(k);
    if (!card) {
      violations.push(`card ${k}: ${logs.length} log(s) but no card`);
      continue;
    }
    const replayed = replayLogs(logs, {
      desiredRetention: input.retention.get(card.userId) ?? DEFAULT_SETTINGS.desiredRetention,
    })!;
    const diffs: string[] = [];
    for (const field of ["due", "lastReview"] as const) {
      if (!sameTime(card[field], replayed[field]))
        diffs.push(`${field} ${show(card[field])} ≠ ${show(replayed[field])}`);
    }
    for (const field of ["stability", "difficulty"] as const) {
      if (!close(card[field], replayed[field])) diffs.push(`${field} ${card[field]} ≠ ${replayed[field]}`);
    }
    for (const field of ["scheduledDays", "learningSteps", "reps", "lapses", "state"] as const) {
      if (card[field] !== replayed[field]) diffs.push(`${field} ${card[field]} ≠ ${replayed[field]}`);
    }
    if (diffs.length > 0)
      violations.push(`card ${k}: stored ≠ replay of its ${logs.length} log(s): ${diffs.join(", ")}`);
  }
  for (const k of cards.keys()) if (!logsByCard.has(k)) violations.push(`card ${k}: stored without any log`);
  return violations;
}

const date = (v: unknown): Date => new Date(typeof v === "bigint" ? Number(v) : (v as string | number));

/** Reads the logs, cards and settings from a database file, read-only (safe beside a running server in WAL mode). */
export function readStoredReviews(dbFile: string): StoredReviews {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    // One read transaction, so logs and cards come from the same snapshot even while the server writes.
    return sqlite.transaction(() => {
      const logs = (
        sqlite.prepare('SELECT "id", "userId", "itemId", "rating", "review" FROM "ReviewLog"').all() as Array<
          Record<string, unknown>
        >
      ).map((r) => ({
        id: r.id as string,
        userId: r.userId as string,
        itemId: r.itemId as string,
        rating: Number(r.rating),
        review: date(r.review),
      }));
      const cards = (
        sqlite
          .prepare(
            'SELECT "userId", "itemId", "due", "stability", "difficulty", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview" FROM "ReviewCard"',
          )
          .all() as Array<Record<string, unknown>>
      ).map((r) => ({
        userId: r.userId as string,
        itemId: r.itemId as string,
        due: date(r.due),
        stability: Number(r.stability),
        difficulty: Number(r.difficulty),
        scheduledDays: Number(r.scheduledDays),
        learningSteps: Number(r.learningSteps),
        reps: Number(r.reps),
        lapses: Number(r.lapses),
        state: Number(r.state),
        lastReview: r.lastReview === null ? null : date(r.lastReview),
      }));
      const retention = new Map(
        (
          sqlite.prepare('SELECT "userId", "desiredRetention" FROM "ReviewSettings"').all() as Array<{
            userId: string;
            desiredRetention: number;
          }>
        ).map((r) => [r.userId, r.desiredRetention]),
      );
      return { logs, cards, retention };
    })();
  } finally {
    sqlite.close();
  }
}

/** `PRAGMA integrity_check` on the file: "ok", or SQLite's list of problems. */
export function integrityCheck(dbFile: string): string {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return (sqlite.pragma("integrity_check") as Array<{ integrity_check: string }>)
      .map((r) => r.integrity_check)
      .join("; ");
  } finally {
    sqlite.close();
  }
}
