import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";

// lib/server/env.ts reads the environment once at import: point it at this test file's own copy of the migrated database.
const template = inject("templateDb");
const mine = path.join(path.dirname(template), `${randomUUID()}.db`);
copyFileSync(template, mine);
process.env.DATABASE_URL = `file:${mine}`;
// lib/server/db.ts keeps its client on globalThis outside production; a previous file's client must not be reused.
delete (globalThis as { gradwiseDb?: unknown }).gradwiseDb;
