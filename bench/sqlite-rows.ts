// Helpers for writing app rows straight into a bench's SQLite file with better-sqlite3 (a harness may; the app may not).
import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import { sqliteDate } from "../scripts/lib/load-users";

export const newId = () => randomUUID();

export function insertUser(sqlite: Database.Database, name: string): string {
  const id = newId();
  sqlite
    .prepare(`INSERT INTO "User" (id, name, email, createdAt) VALUES (?, ?, ?, ?)`)
    .run(id, name, `${name}-${id.slice(0, 8)}@bench.invalid`, sqliteDate(new Date()));
  return id;
}
