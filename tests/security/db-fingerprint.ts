import Database from "better-sqlite3";
import { createHash } from "node:crypto";

export type Fingerprint = Record<string, { rows: number; sha256: string }>;

/**
 * A digest of every row of every table in the SQLite file, read over a connection of its own (so it sees exactly
 * what the app's Prisma client committed). Cheap enough to take after each fuzz payload: the seeded rows number in
 * the tens. New tables are picked up from sqlite_master, so a table added later cannot escape the comparison.
 */
export function openFingerprint(file: string) {
  const conn = new Database(file);
  const tables = conn
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const reads = tables.map((table) => [table, conn.prepare(`SELECT * FROM "${table}" ORDER BY rowid`)] as const);
  // SQLite bumps a connection's data_version whenever another connection commits, so an unchanged version means
  // an unchanged file and the last digest still holds; the rows are only re-read after a commit.
  const dataVersion = conn.prepare("PRAGMA data_version").pluck();
  let last: { version: unknown; fingerprint: Fingerprint } | null = null;
  return {
    tables,
    take(): Fingerprint {
      const version = dataVersion.get();
      if (last && last.version === version) return last.fingerprint;
      const out: Fingerprint = {};
      for (const [table, read] of reads) {
        const rows = read.all();
        out[table] = { rows: rows.length, sha256: createHash("sha256").update(JSON.stringify(rows)).digest("hex") };
      }
      last = { version, fingerprint: out };
      return out;
    },
    close: () => conn.close(),
  };
}
