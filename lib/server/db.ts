import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "@/lib/server/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { serializeTransactions } from "@/lib/server/serialized-adapter";

/** How long a write waits for another process's lock (the seed, a second server) before failing. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * How long a transaction may wait for its turn on the one connection. Prisma's default (2 s) failed a rating, an
 * undo or a sign-in with "Unable to start a transaction in the given time" (a 500) while a large import held the
 * connection, though a plain query in the same spot just waited; a 10 MB import holds it for tens of seconds.
 */
export const TRANSACTION_MAX_WAIT_MS = 60_000;

function createClient(): PrismaClient {
  // One connection serves every request, so a query must not run inside another request's open transaction.
  const adapter = serializeTransactions(new PrismaBetterSQLite3({ url: env.databaseUrl, timeout: BUSY_TIMEOUT_MS }));
  return new PrismaClient({ adapter, transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } });
}

/** A write refused by a unique index (Prisma P2002): a retried or raced insert of the same key. */
export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

/**
 * A write refused because a row it points at is gone (Prisma P2003): in this app, the account was deleted after the
 * request read its session, so the request is answered as signed out.
 */
export const isAccountGone = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2003";

// Dev hot-reload re-evaluates modules; keeping the client on globalThis avoids one connection per reload.
const globalForDb = globalThis as unknown as { gradwiseDb?: PrismaClient };

export const db: PrismaClient = globalForDb.gradwiseDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.gradwiseDb = db;
