import "server-only";
import { quarterOf } from "@/lib/srs/quarter";
import { signedInUser } from "@/lib/auth/session";
import { db, isAccountGone } from "@/lib/server/db";
import { LEECH_LAPSES, type LogState } from "@/lib/srs/scheduler";
import { replayHistoryInSlices } from "@/lib/srs/replay";
import { DEFAULT_SETTINGS, type ReviewSettings } from "@/lib/srs/settings";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { settingsFor } from "./user-settings";
import { renumberedId, sameReview } from "./import-identity";
import { EXPORT_FORMAT, MAX_LOGS_PER_ITEM, type ExportData, type ImportData } from "./transfer-schema";
import { nextTurn } from "@/lib/server/next-turn";

/**
 * Reviews read from the database and written out per slice of an export. The file used to be built in one piece:
 * about 0.9 s at 100,000 reviews during which the server answered no one, and all of it held in memory at once.
 */
export const EXPORT_SLICE = 2_000;

/** Imported reviews written per statement; see importItem. */
export const WRITE_SLICE = 25;

const scheduleSelect = {
  id: true,
  rating: true,
  review: true,
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  scheduledDays: true,
  learningSteps: true,
} as const;

/** A review as an export writes it: its schedule, and what the learner did. */
const LOG_FIELDS = { ...scheduleSelect, itemId: true, durationMs: true, seed: true, result: true } as const;

/**
 * Everything of the signed-in learner's that the app stores about their learning, as the text of one JSON file
 * (an `ExportData`) stamped `now`, in pieces: the settings and cards first, then the reviews a slice at a time, oldest
 * first. Reading the next piece is what reads the next slice, so a slow download holds no more than one in memory.
 */
export async function exportMyData(now = new Date()): Promise<AsyncGenerator<string, void, undefined>> {
  const user = await signedInUser("sign in to export your data");
  const [settings, cards] = await Promise.all([
    db.reviewSettings.findUnique({
      where: { userId: user.id },
      select: { desiredRetention: true, newPerDay: true, dayStartHour: true, timeZone: true },
    }),
    db.reviewCard.findMany({
      where: { userId: user.id },
      select: { itemId: true, suspended: true, leech: true },
      orderBy: { itemId: "asc" },
    }),
  ]);
  const head: ExportData = {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    settings,
    cards,
    logs: [],
  };
  return exportText(user.id, head);
}

async function* exportText(userId: string, head: ExportData): AsyncGenerator<string, void, undefined> {
  // The head written as JSON with no reviews, less its closing "]}": the reviews go between.
  yield JSON.stringify(head).slice(0, -2);
  let after: { review: Date; id: string } | null = null;
  type Log = Prisma.ReviewLogGetPayload<{ select: typeof LOG_FIELDS }>;
  for (;;) {
    // Keyset paging on the export's order, so each slice costs the same however far into the history it is.
    const logs: Log[] = await db.reviewLog.findMany({
      where: {
        userId,
        ...(after ? { OR: [{ review: { gt: after.review } }, { review: after.review, id: { gt: after.id } }] } : {}),
      },
      orderBy: [{ review: "asc" }, { id: "asc" }],
      take: EXPORT_SLICE,
      select: LOG_FIELDS,
    });
    if (logs.length === 0) break;
    const text = logs
      .map((l) => JSON.stringify({ ...l, due: l.due.toISOString(), review: l.review.toISOString() }))
      .join(",");
    yield after ? `,${text}` : text;
    after = logs[logs.length - 1]!;
    if (logs.length < EXPORT_SLICE) break;
  }
  yield "]}";
}

const csvField = (v: string | number) =>
  typeof v === "number" ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;

/** The review log in the columns the FSRS optimizer reads; times and durations in milliseconds. */
export async function exportMyReviewCsv(): Promise<string> {
  const user = await signedInUser("sign in to export your reviews");
  const logs = await db.reviewLog.findMany({
    where: { userId: user.id },
    orderBy: [{ review: "asc" }, { id: "asc" }],
    select: { itemId: true, review: true, rating: true, state: true, durationMs: true },
  });
  const rows = logs.map((l) => [l.itemId, l.review.getTime(), l.rating, l.state, l.durationMs].map(csvField).join(","));
  return ["card_id,review_time,review_rating,review_state,review_duration", ...rows].join("\n") + "\n";
}

export interface ImportReport {
  /**
   * `renumbered`: how many of the added logs are stored under a new id because another account on this server holds
   * the file's (a backup restored into a new account while the old one exists).
   */
  added: { logs: number; cards: number; settings: boolean; renumbered: number };
  skipped: Array<{ id: string; reason: string }>;
}

/** An import's report, or with `preview` what importing the same file now would add: nothing of it was written. */
export type ImportAnswer = ImportReport | (ImportReport & { preview: true });

export const SIGNED_OUT_IMPORT = "sign in to import";

export interface ImportOptions {
  /** Validate and replay the whole file, then roll every write back; see importMyData. */
  preview?: boolean;
}

/** Thrown at the end of a previewed transaction so it rolls back, carrying what it would have committed. */
class RolledBack<T> extends Error {
  constructor(readonly result: T) {
    super("import preview rolled back");
  }
}

/**
 * One of the import's transactions; in a preview it runs whole (reads, writes, replay) and is then rolled back, so
 * a preview and the import that follows it take the same path and their reports agree.
 */
async function commitOrRollBack<T>(preview: boolean, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  if (!preview) return db.$transaction(work);
  try {
    return await db.$transaction<T>(async (tx) => {
      throw new RolledBack(await work(tx));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result as T;
    throw error;
  }
}

const CLOCK_SKEW_MS = 5 * 60_000;

const sameSchedule = (a: LogState, b: LogState) =>
  a.state === b.state &&
  a.due.getTime() === b.due.getTime() &&
  a.stability === b.stability &&
  a.difficulty === b.difficulty &&
  a.scheduledDays === b.scheduledDays &&
  a.learningSteps === b.learningSteps;

type ImportedLog = ImportData["logs"][number];
type Flags = { suspended: boolean; leech: boolean } | undefined;

export const ALREADY_IMPORTED = "already imported";

/** Review ids looked up per query; see ownersOf. */
export const LOOKUP_SLICE = 500;

/**
 * Which account holds each of these review ids, asked LOOKUP_SLICE ids at a time with a turn between: one query for
 * an item's 4,000 (its 2,000 logs and their renumbered ids) held the server about 100 ms.
 */
async function ownersOf(tx: Prisma.TransactionClient, ids: readonly string[]): Promise<Map<string, string>> {
  const owner = new Map<string, string>();
  for (let at = 0; at < ids.length; at += LOOKUP_SLICE) {
    if (at > 0) await nextTurn();
    const rows = await tx.reviewLog.findMany({
      where: { id: { in: ids.slice(at, at + LOOKUP_SLICE) } },
      select: { id: true, userId: true },
    });
    for (const row of rows) owner.set(row.id, row.userId);
  }
  return owner;
}

/**
 * One item's part of an import, in its own transaction: which of its logs are new is read where they are inserted
 * (the same file imported twice at once, a double submit, then skips them the second time instead of failing on the
 * primary key), and its history is replayed with them, so its card and its logs' schedules always agree.
 *
 * A log is already in the account when its id is the account's, or the id it would have been renumbered to is, or
 * the account has the same review under another id. Otherwise it keeps its id when that is free, and is renumbered
 * (renumberedId) when another account holds it.
 */
async function importItem(
  tx: Prisma.TransactionClient,
  userId: string,
  itemId: string,
  logs: ImportedLog[],
  fileFlags: Flags,
  settings: ReviewSettings,
): Promise<{ added: number; renumbered: number; skipped: ImportReport["skipped"] }> {
  const skipped: ImportReport["skipped"] = [];
  const renumbering = logs.map((l) => renumberedId(userId, l.id));
  const owner = await ownersOf(tx, [...logs.map((l) => l.id), ...renumbering]);
  const stored = await tx.reviewLog.findMany({ where: { userId, itemId }, select: scheduleSelect });
  const storedReviews = new Set(stored.map(sameReview));
  // Each new log under the id it is stored with, and the file's id of those renumbered (the report names the file's).
  const fresh: ImportedLog[] = [];
  const fileIdOf = new Map<string, string>();
  logs.forEach((l, k) => {
    const renumbered = renumbering[k]!;
    const holder = owner.get(l.id);
    if (holder === userId || owner.get(renumbered) === userId || storedReviews.has(sameReview(l))) {
      skipped.push({ id: l.id, reason: ALREADY_IMPORTED });
    } else if (holder === undefined) fresh.push(l);
    // Only if someone chose that id on purpose: it is a hash of this account's id, which nobody else is shown.
    else if (owner.has(renumbered)) skipped.push({ id: l.id, reason: "review id belongs to another account" });
    else {
      fresh.push({ ...l, id: renumbered });
      fileIdOf.set(renumbered, l.id);
    }
  });
  if (!fresh.length) return { added: 0, renumbered: 0, skipped };
  const freshIds = new Set(fresh.map((l) => l.id));
  const refuseAll = (reason: string) => ({
    added: 0,
    renumbered: 0,
    skipped: [...skipped, ...fresh.map((l) => ({ id: fileIdOf.get(l.id) ?? l.id, reason }))],
  });
  if (stored.length + fresh.length > MAX_LOGS_PER_ITEM) {
    return refuseAll(`item "${itemId}" would have more than ${MAX_LOGS_PER_ITEM} reviews`);
  }
  // ts-fsrs refuses some histories (dates it cannot step between); the item is left as it was, the rest goes on.
  const replayed = await replayHistoryInSlices([...stored, ...fresh], settings).catch((error: Error) => error);
  if (replayed instanceof Error) {
    return refuseAll(`item "${itemId}" cannot be replayed with these reviews: ${replayed.message}`);
  }
  const { card, steps } = replayed!;
  // Each log's schedule (state before, due, stability, ...) is what replay gives, never the file's numbers: undo
  // rolls a card back with them and the daily new-card count reads their state, so a log claiming to be an item's
  // first review made undo forget the item. A stored log after an imported earlier one is re-derived.
  const rows: Prisma.ReviewLogCreateManyInput[] = [];
  for (const { log, schedule } of steps) {
    if (freshIds.has(log.id)) {
      rows.push({ ...(log as ImportedLog), ...schedule, reviewQuarter: quarterOf(log.review), userId });
    } else if (!sameSchedule(log, schedule)) await tx.reviewLog.update({ where: { id: log.id }, data: schedule });
  }
  // In slices with a turn between: Prisma takes about 0.3 ms a row to write them, and one createMany of an item's
  // 2,000 reviews held the server for 600 ms. A request needs several turns, so each slice's ~8 ms can add up to
  // tens of ms for another learner: slices of 100 kept a probe waiting ~110 ms per answer during a large import,
  // slices of 25 ~80 ms, with the import as fast.
  for (let at = 0; at < rows.length; at += WRITE_SLICE) {
    if (at > 0) await nextTurn();
    await tx.reviewLog.createMany({ data: rows.slice(at, at + WRITE_SLICE) });
  }
  // A card the file has no flags for keeps the account's own: adding logs must not unsuspend a leech.
  const flag =
    fileFlags ??
    (await tx.reviewCard.findUnique({
      where: { userId_itemId: { userId, itemId } },
      select: { suspended: true, leech: true },
    }));
  const leech = (flag?.leech ?? false) || card.lapses >= LEECH_LAPSES;
  const state = { ...card, leech, suspended: flag?.suspended ?? false };
  await tx.reviewCard.upsert({
    where: { userId_itemId: { userId, itemId } },
    create: { userId, itemId, ...state },
    update: state,
  });
  return { added: fresh.length, renumbered: fileIdOf.size, skipped };
}

/** Whether settings are still what sign-up made them: every choice at its default, the time zone aside. */
function untouchedSinceSignUp(own: ReviewSettings): boolean {
  return (
    own.desiredRetention === DEFAULT_SETTINGS.desiredRetention &&
    own.newPerDay === DEFAULT_SETTINGS.newPerDay &&
    own.dayStartHour === DEFAULT_SETTINGS.dayStartHour
  );
}

/**
 * Merges an export into the signed-in account: logs are added by id (present ones are skipped, so importing twice
 * changes nothing; a log whose id another account holds is stored under a new one, see importItem), then each
 * touched card is rebuilt by replaying its full log, and each of its logs' schedule (the fields ts-fsrs derives:
 * state before, due, stability, ...) with it, so state and history always agree. What the learner did (item, rating,
 * time, duration, exercise result) is kept as it was.
 *
 * Each item is committed on its own (importItem), with a turn of the event loop before each. The app has one
 * database connection, so one transaction for a whole file held it for as long as a large import took (tens of
 * seconds for a few years of reviews), and every other learner's request waited; now they run between items. An
 * import that stops part way leaves whole items imported and the rest untouched, and importing the same file again
 * completes it.
 *
 * With `preview`, every transaction is rolled back once done and the report is what the import would add: the
 * learner confirms before anything is merged. It is only as current as the account: a review rated between the
 * preview and the import changes what the import does, so the import re-reads and re-checks the file.
 */
export async function importMyData(
  data: ImportData,
  now = new Date(),
  options: ImportOptions = {},
): Promise<ImportAnswer> {
  try {
    return await importInto(data, now, options.preview ?? false);
  } catch (error) {
    // The account was deleted while the import ran.
    if (isAccountGone(error)) throw new AppError("unauthorized", SIGNED_OUT_IMPORT);
    throw error;
  }
}

async function importInto(data: ImportData, now: Date, preview: boolean): Promise<ImportAnswer> {
  const user = await signedInUser(SIGNED_OUT_IMPORT);
  const skipped: ImportReport["skipped"] = [];
  const knownItems = new Set(
    (
      await db.contentItem.findMany({
        where: { id: { in: [...new Set(data.logs.map((l) => l.itemId))] } },
        select: { id: true },
      })
    ).map((r) => r.id),
  );
  const byItem = new Map<string, ImportedLog[]>();
  for (const l of data.logs) {
    if (!knownItems.has(l.itemId)) skipped.push({ id: l.id, reason: `unknown item "${l.itemId}"` });
    // A review cannot have happened yet: stored, it would be the item's latest (its real ratings could not be
    // undone) and, as a first review, count against every day's new-item limit until its date. A few minutes are
    // allowed for the exporting server's clock.
    else if (l.review.getTime() > now.getTime() + CLOCK_SKEW_MS)
      skipped.push({ id: l.id, reason: "reviewed after now" });
    else {
      const list = byItem.get(l.itemId);
      if (list) list.push(l);
      else byItem.set(l.itemId, [l]);
    }
  }
  const fileSettings = data.settings;
  const settingsAdded = fileSettings
    ? await commitOrRollBack(preview, async (tx) => {
        const own = await tx.reviewSettings.findUnique({ where: { userId: user.id } });
        if (!own) {
          await tx.reviewSettings.create({ data: { userId: user.id, ...fileSettings } });
          return true;
        }
        // Sign-up stores the browser's time zone and nothing else, so a new account restoring its backup already has
        // a row; only a learner's own choices (any setting off its default) are kept over the file's.
        if (!untouchedSinceSignUp(own)) return false;
        await tx.reviewSettings.update({ where: { userId: user.id }, data: fileSettings });
        return true;
      })
    : false;
  // Read after the file's settings are in, so a restored history is replayed with the settings it comes with; a
  // preview rolled them back, so it replays with the file's as the import would.
  const settings = preview && settingsAdded && fileSettings ? fileSettings : await settingsFor(user.id);
  const flags = new Map(data.cards.map((c) => [c.itemId, c]));
  let logs = 0;
  let cards = 0;
  let renumbered = 0;
  for (const [itemId, itemLogs] of byItem) {
    // better-sqlite3 answers synchronously, so a chain of queries never lets the event loop turn: without this
    // pause, other requests (even their sockets) would wait for the whole file regardless of the transactions.
    await nextTurn();
    const item = await commitOrRollBack(preview, (tx) =>
      importItem(tx, user.id, itemId, itemLogs, flags.get(itemId), settings),
    );
    skipped.push(...item.skipped);
    logs += item.added;
    renumbered += item.renumbered;
    if (item.added) cards += 1;
  }
  // Reported in the file's order, whichever item each skipped log belonged to.
  const order = new Map(data.logs.map((l, i) => [l.id, i]));
  skipped.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const report: ImportReport = { added: { logs, cards, settings: settingsAdded, renumbered }, skipped };
  return preview ? { preview: true, ...report } : report;
}
