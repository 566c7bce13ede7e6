#!/usr/bin/env node
// Entry point of every npm script that must work on a fresh clone. It uses nothing but Node itself, because
// node_modules may not exist yet: it installs dependencies when they are missing or stale, then hands over to
// the TypeScript task runner in scripts/tasks/<task>.ts.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const task = process.argv[2];
const tasks = ["start", "test", "e2e", "dev", "bench", "load", "user"];
if (!tasks.includes(task)) {
  console.error(`usage: node scripts/bootstrap.mjs <${tasks.join("|")}> [args]`);
  process.exit(2);
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

// The lockfile and manifest together decide what node_modules should hold; a stamp of their hash inside
// node_modules tells whether the last install matches them.
const stampFile = path.join(root, "node_modules", ".gradwise-install-stamp");
const wanted = createHash("sha256")
  .update(readFileSync(path.join(root, "package.json")))
  .update(readFileSync(path.join(root, "package-lock.json")))
  .digest("hex");
const installed = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
if (installed !== wanted) {
  // `npm install`, not `npm ci`: npm 11 drops other platforms' optional binaries (Next SWC, Tailwind oxide) from
  // the lockfile and then refuses `npm ci` as out of sync. install still honours the locked versions.
  console.log("› Installing dependencies (npm install)…");
  if (run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"]) !== 0) {
    console.error("✗ npm install failed; see the output above.");
    process.exit(1);
  }
  writeFileSync(stampFile, wanted + "\n");
}

const tsx = path.join(root, "node_modules", ".bin", "tsx");
process.exit(run(tsx, [path.join("scripts", "tasks", `${task}.ts`), ...process.argv.slice(3)]));
