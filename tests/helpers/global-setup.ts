import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

// Integration tests run against real, freshly migrated SQLite files, never the app's own database: one migrated
// template here, copied for each test file (tests/helpers/setup-env.ts) so files running in parallel never share rows.
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gradwise-test-"));
  const template = path.join(dir, "template.db");
  const databaseUrl = `file:${template}`;
  const result = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  project.provide("templateDb", template);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}
