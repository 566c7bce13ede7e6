import Database from "better-sqlite3";

/**
 * Puts an SQLite file in write-ahead-log mode. The mode is stored in the file, so this runs once per start, outside
 * the app (the app itself issues no SQLite-only SQL). WAL lets readers proceed during a write. better-sqlite3's
 * default in WAL mode is synchronous=NORMAL: every commit is in the WAL before it returns, so it survives a killed
 * server; only a power cut can lose the last few commits, and never corrupts the file.
 */
export function enableWal(file: string): string {
  const sqlite = new Database(file);
  try {
    return String(sqlite.pragma("journal_mode = WAL", { simple: true }));
  } finally {
    sqlite.close();
  }
}
