import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { enableWal } from "../../scripts/lib/sqlite";

test("enableWal switches a database file to WAL, and the mode sticks for later connections", () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "gradwise-wal-")), "x.db");
  expect(enableWal(file)).toBe("wal");
  const again = new Database(file);
  expect(again.pragma("journal_mode", { simple: true })).toBe("wal");
  // better-sqlite3's build default in WAL mode is NORMAL (1): a committed transaction is in the WAL file before the
  // call returns, so it survives a killed process; only a power cut can drop the last commits (never corrupting).
  expect(again.pragma("synchronous", { simple: true })).toBe(1);
  again.close();
});

test("the app's own connection (Prisma's better-sqlite3 adapter) runs WAL with synchronous=NORMAL on a WAL file", async () => {
  // The load test's promise (no acknowledged rating lost to a killed server) rests on this: the app sets no pragma,
  // so it must get better-sqlite3's WAL default. The PRAGMA is issued here, in the test, never in app code.
  enableWal(env.databaseFile);
  const [mode] = await db.$queryRawUnsafe<Array<{ journal_mode: string }>>("PRAGMA journal_mode");
  const [sync] = await db.$queryRawUnsafe<Array<{ synchronous: bigint | number }>>("PRAGMA synchronous");
  expect(mode?.journal_mode).toBe("wal");
  expect(Number(sync?.synchronous)).toBe(1);
});
