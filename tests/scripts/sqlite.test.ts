import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
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
