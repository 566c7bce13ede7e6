// The hostile part of `npm run test:load`: while 50 users rate, one client sends a 32 MiB body of nested brackets
// to the import route without signing in, and one signed-in learner imports a large file. A probe asks GET
// /api/ping back to back meanwhile; its slowest answer is the longest the server stopped answering anyone.
import { randomUUID } from "node:crypto";
import { Worker } from "node:worker_threads";
import { MAX_IMPORT_BYTES } from "../../lib/review/import-limit";
import type { LoadUser } from "./load-users";

export interface ProbeReport {
  /** The slowest probe answer: the longest the server kept everyone waiting. */
  longestMs: number;
  probes: number;
  failures: number;
}

// The probe runs in a worker thread of its own: in the harness's thread it waited on the harness's own work as well
// (JSON.stringify of a 26 MB import, 50 users' requests), and reported it as the server's pause (~250 ms of the
// bench's worst figure was the file being stringified beside it).
const PROBE_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const report = { longestMs: 0, probes: 0, failures: 0 };
let running = true;
parentPort.on("message", () => { running = false; });
(async () => {
  // The first fetch in a new thread loads fetch itself (45 ms against 4 ms on an idle machine, more beside 50
  // raters): the thread's start-up, not the server's pause, so it is made before the probe counts.
  try {
    await (await fetch(workerData.url, { signal: AbortSignal.timeout(60_000) })).arrayBuffer();
  } catch {}
  parentPort.postMessage({ kind: "started" });
  while (running) {
    const started = performance.now();
    try {
      const res = await fetch(workerData.url, { signal: AbortSignal.timeout(60_000) });
      await res.arrayBuffer();
      if (!res.ok) report.failures++;
    } catch {
      report.failures++;
    }
    report.longestMs = Math.max(report.longestMs, performance.now() - started);
    report.probes++;
    await new Promise((r) => setTimeout(r, 10));
  }
  parentPort.postMessage({ kind: "report", report });
})();
`;

/**
 * Asks GET /api/ping one request after another until `stop` is called, and reports the slowest answer. Resolves
 * once the probe's thread has made one uncounted request and starts counting.
 */
export async function startProbe(baseUrl: string): Promise<{ stop: () => Promise<ProbeReport> }> {
  const worker = new Worker(PROBE_SOURCE, { eval: true, workerData: { url: `${baseUrl}/api/ping` } });
  const report = new Promise<ProbeReport>((resolve, reject) => {
    worker.on("message", (m: { kind: "started" } | { kind: "report"; report: ProbeReport }) => {
      if (m.kind === "report") resolve(m.report);
    });
    worker.once("error", reject);
  });
  await new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  return {
    stop: async () => {
      worker.postMessage("stop");
      const figures = await report;
      await worker.terminate();
      return figures;
    },
  };
}

export interface Answer {
  status: number | "network";
  ms: number;
  body: string;
}

async function timed(request: () => Promise<Response>): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await request();
    const body = await res.text();
    return { status: res.status, ms: performance.now() - started, body: body.slice(0, 300) };
  } catch (error) {
    return { status: "network", ms: performance.now() - started, body: (error as Error).message };
  }
}

/** Just under the import limit, all brackets: what froze the server for 13 s when it was read before the session. */
export function postBracketsSignedOut(baseUrl: string): Promise<Answer> {
  const body = Buffer.alloc(MAX_IMPORT_BYTES - 1024, "[");
  return timed(() =>
    fetch(`${baseUrl}/api/me/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      signal: AbortSignal.timeout(120_000),
    }),
  );
}

/** An export file of `perItem` reviews on each item, an hour apart, ending a day before now. */
export function largeExport(items: readonly string[], perItem: number, now = new Date()) {
  const start = now.getTime() - 86_400_000 - perItem * 3_600_000;
  const logs = items.flatMap((itemId) =>
    Array.from({ length: perItem }, (_, i) => {
      const at = new Date(start + i * 3_600_000).toISOString();
      return {
        id: randomUUID(),
        itemId,
        rating: 1 + (i % 4),
        state: 0,
        due: at,
        stability: 1,
        difficulty: 1,
        scheduledDays: 0,
        learningSteps: 0,
        review: at,
        durationMs: 3000,
        seed: null,
        result: null,
      };
    }),
  );
  return { format: "gradwise-export", version: 1, exportedAt: now.toISOString(), settings: null, cards: [], logs };
}

export function postImport(baseUrl: string, user: LoadUser, file: unknown): Promise<Answer> {
  return timed(() =>
    fetch(`${baseUrl}/api/me/import`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: user.cookie },
      body: JSON.stringify(file),
      signal: AbortSignal.timeout(300_000),
    }),
  );
}
