// The production server as a child process on a loopback port, for the bench and the load test.
// It is started through `npm start`'s own bootstrap, so it migrates and seeds its SQLite file first.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { childEnv } from "../../lib/server/env";
import { buildIfStale, root, waitForHealth } from "./steps";

export interface RunningServer {
  baseUrl: string;
  port: number;
  /** The SQLite file the server uses. */
  dbFile: string;
  /** Stops the whole process group (bootstrap, tsx and next) with this signal and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Whether any process of the group led by `pid` is still there. */
export const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Signals a detached child's whole process group and waits until no process of it is left. The bootstrap at its head
 * exits at once on SIGTERM, while next's server could outlive it (seen after the bench's cold start: a next-server
 * still shutting down minutes later, taking CPU from every later figure), so waiting for the head alone is not
 * enough. Whatever is left after `graceMs` is killed.
 */
export async function stopProcessGroup(pid: number, signal: NodeJS.Signals = "SIGTERM", graceMs = 10_000) {
  try {
    process.kill(-pid, signal);
  } catch {
    return; // Already gone.
  }
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid)) {
    if (Date.now() > deadline) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // Gone in the meantime.
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A port the kernel says is free on loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** A fresh SQLite file path in its own temporary folder. */
export function scratchDbFile(label: string): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), `gradwise-${label}-`)), `${label}.db`);
}

/**
 * Starts `npm start` (without reinstalling or rebuilding: the caller builds first) on 127.0.0.1 and waits for
 * /api/health. The child gets its own process group so that SIGKILL reaches next's worker too.
 */
export async function startServer(options: {
  dbFile: string;
  port?: number;
  timeoutMs?: number;
  extraEnv?: Record<string, string>;
}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "scripts", "bootstrap.mjs"), "start"], {
    cwd: root,
    stdio: "ignore",
    env: childEnv({
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${options.dbFile}`,
      ...options.extraEnv,
    }),
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    await stopProcessGroup(child.pid!, signal);
    await exited;
  };
  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, options.timeoutMs ?? 120_000);
  } catch (error) {
    await stop("SIGKILL");
    throw error;
  }
  return { baseUrl: `http://127.0.0.1:${port}`, port, dbFile: options.dbFile, stop };
}

/** Builds when stale, runs `measure` against a fresh server and database, and always stops the server. */
export async function withServer<T>(label: string, measure: (server: RunningServer) => Promise<T>): Promise<T> {
  await buildIfStale();
  const server = await startServer({ dbFile: scratchDbFile(label) });
  try {
    return await measure(server);
  } finally {
    await server.stop();
  }
}
