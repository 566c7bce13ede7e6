// Cold start: from spawning `node scripts/bootstrap.mjs start` (what `npm start` runs) on a built app to the first
// 200 from `/`. It includes everything that command does before listening: the install-stamp check, Prisma client
// check, `prisma migrate deploy`, the content seed and Next's start-up. Measured twice: on a fresh SQLite file
// (first start: every migration and the whole index written) and again on that now-migrated file (a restart).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { childEnv } from "../lib/server/env";
import { freePort, scratchDbFile, stopProcessGroup } from "../scripts/lib/server";

export interface ColdStartBench {
  freshDbMs: number;
  migratedDbMs: number;
}

async function timeStart(root: string, dbFile: string, timeoutMs = 120_000): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, "scripts", "bootstrap.mjs"), "start"], {
    cwd: root,
    stdio: "ignore",
    env: childEnv({ PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${dbFile}` }),
    detached: true, // its own process group, so the stop below reaches next's worker too
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    while (performance.now() - started < timeoutMs) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`);
        await res.arrayBuffer();
        if (res.status === 200) return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`npm start gave no 200 on / within ${timeoutMs} ms`);
  } finally {
    await stopProcessGroup(child.pid!);
    await exited;
  }
}

export async function runColdStartBench(root: string): Promise<ColdStartBench> {
  const dbFile = scratchDbFile("cold-start");
  try {
    const freshDbMs = await timeStart(root, dbFile);
    const migratedDbMs = await timeStart(root, dbFile);
    return { freshDbMs, migratedDbMs };
  } finally {
    rmSync(path.dirname(dbFile), { recursive: true, force: true });
  }
}
