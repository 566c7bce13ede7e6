// `npm run bench`: prints figures beside their targets; nothing here asserts timings. Grows with each measured feature.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runPlaygroundBench } from "../../bench/playground";
import { loadContent } from "../../lib/content/load";
import { childEnv } from "../../lib/env";
import { buildIfStale, must, root, waitForHealth } from "../lib/steps";

async function contentCompileBench() {
  const started = performance.now();
  const lib = await loadContent(path.join(root, "content"), { compile: true });
  const ms = performance.now() - started;
  const files = lib.items.length + lib.decks.length + lib.theory.length;
  console.log("\nContent library compile (MDX + KaTeX, every fragment, one process)");
  console.log(`  ${lib.items.length} items, ${lib.decks.length} decks, ${lib.theory.length} theory pages: ${Math.round(ms)} ms (${(ms / files).toFixed(1)} ms per file)`);
}

/** The production server on a loopback port against a fresh SQLite file, stopped when `measure` is done. */
async function withServer<T>(measure: (baseUrl: string) => Promise<T>): Promise<T> {
  await buildIfStale();
  const port = 3900 + Math.floor(Math.random() * 90);
  const dir = mkdtempSync(path.join(os.tmpdir(), "gradwise-bench-"));
  const server = spawn(process.execPath, [path.join(root, "scripts", "bootstrap.mjs"), "start"], {
    cwd: root,
    stdio: "ignore",
    env: childEnv({ PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${path.join(dir, "bench.db")}` }),
    detached: true,
  });
  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, 120_000);
    return await measure(`http://127.0.0.1:${port}`);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

async function main() {
  await must("engine bench", path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "bench", "engine.ts")]);
  await contentCompileBench();
  await withServer(async (base) => {
    const p = await runPlaygroundBench(base);
    console.log(`\nPlayground while training (${p.seconds} s, Chromium headless)`);
    console.log(`  picture updates: ${p.updatesPerSecond.toFixed(1)} per second (target ≥ 30: ${p.updatesPerSecond >= 30 ? "met" : "NOT met"})`);
    console.log(`  main-thread tasks over 50 ms: ${p.longTasks}, longest ${Math.round(p.longestTaskMs)} ms (target: none: ${p.longTasks === 0 ? "met" : "NOT met"})`);
  });
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
