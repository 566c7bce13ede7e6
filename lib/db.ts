import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** How long a write waits for another process's lock (the seed, a second server) before failing. */
export const BUSY_TIMEOUT_MS = 5000;

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.databaseUrl, timeout: BUSY_TIMEOUT_MS }) });
}

// Dev hot-reload re-evaluates modules; keeping the client on globalThis avoids one connection per reload.
const globalForDb = globalThis as unknown as { gradwiseDb?: PrismaClient };

export const db: PrismaClient = globalForDb.gradwiseDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.gradwiseDb = db;
