// Answer checking over HTTP: autocannon on loopback against POST /api/exercises/[id]/check (a real derivation
// exercise, right answers, so the server grades every quantity; the worked solution is a request of its own), and
// against the trivial GET /api/ping of the same server as the baseline. A run with any non-2xx response or error is
// not a figure.
import path from "node:path";
import autocannon from "autocannon";
import { loadContent } from "../lib/content/load";
import { backprop } from "../lib/engine";
import { askedQuantities, buildInstance, gridOf } from "../lib/exercises/instance";

export interface LoadRun {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface HttpCheckBench {
  exerciseId: string;
  seed: number;
  check: LoadRun[];
  trivial: LoadRun[];
}

/** A valid check request for the library's first derivation exercise: every asked quantity, answered right. */
export async function checkRequest(contentRoot: string, seed = 5) {
  const lib = await loadContent(contentRoot);
  const ex = lib.items.find((i) => i.kind === "derivation");
  if (!ex || ex.kind !== "derivation") throw new Error("the content library has no derivation exercise to check");
  const result = backprop(buildInstance(ex, seed));
  const answers = Object.fromEntries(
    askedQuantities(ex).map((q) => [q.ask, gridOf(result[q.key], q).map((row) => row.map(String))]),
  );
  return { exerciseId: ex.id, seed, body: JSON.stringify({ seed, answers, hintsUsed: 0 }) };
}

async function load(options: autocannon.Options): Promise<LoadRun> {
  const r = await autocannon(options);
  return {
    connections: options.connections ?? 10,
    seconds: options.duration as number,
    requests: r.requests.total,
    requestsPerSecond: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}

/**
 * Slices of one route added up into one run: requests over the slices' seconds, the median slice's p50 and the worst
 * slice's p99 (so slicing never flatters the tail), every error counted.
 */
export function combineRuns(slices: LoadRun[]): LoadRun {
  const total = (pick: (r: LoadRun) => number) => slices.reduce((sum, r) => sum + pick(r), 0);
  const p50s = slices.map((r) => r.p50Ms).sort((a, b) => a - b);
  const requests = total((r) => r.requests);
  const seconds = total((r) => r.seconds);
  return {
    connections: slices[0]?.connections ?? 0,
    seconds,
    requests,
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    p50Ms: p50s[Math.floor(p50s.length / 2)] ?? 0,
    p99Ms: Math.max(0, ...slices.map((r) => r.p99Ms)),
    non2xx: total((r) => r.non2xx),
    errors: total((r) => r.errors),
    timeouts: total((r) => r.timeouts),
  };
}

/**
 * How many turns each route gets. The machine's speed drifts (other work on shared cores): with one 10 s run of
 * each, one after the other, the drift went into the ratio, and on one build the check's share of the trivial
 * route swung between 48% and 82% from run to run. Taking turns in short slices exposes both to the same drift.
 */
export const SLICES = 5;

export const isValidRun = (r: LoadRun) => r.non2xx === 0 && r.errors === 0 && r.timeouts === 0 && r.requests > 0;

export async function runHttpCheckBench(baseUrl: string, root: string, seconds = 10): Promise<HttpCheckBench> {
  const { exerciseId, seed, body } = await checkRequest(path.join(root, "content"));
  const checkUrl = `${baseUrl}/api/exercises/${exerciseId}/check`;
  const first = await fetch(checkUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
  const graded = (await first.json()) as { score?: number };
  if (first.status !== 200 || graded.score !== 1)
    throw new Error(`check request answered ${first.status} with score ${graded.score}`);
  const check: LoadRun[] = [];
  const trivial: LoadRun[] = [];
  for (const connections of [10, 100]) {
    const checkLoad = {
      url: checkUrl,
      method: "POST" as const,
      headers: { "content-type": "application/json" },
      body,
      connections,
    };
    const pingLoad = { url: `${baseUrl}/api/ping`, connections };
    // Short warm-ups so both routes are compiled and their modules loaded before the timed runs.
    await load({ ...checkLoad, duration: 1 });
    await load({ ...pingLoad, duration: 1 });
    const checkSlices: LoadRun[] = [];
    const pingSlices: LoadRun[] = [];
    for (let turn = 0; turn < SLICES; turn++) {
      checkSlices.push(await load({ ...checkLoad, duration: seconds / SLICES }));
      pingSlices.push(await load({ ...pingLoad, duration: seconds / SLICES }));
    }
    check.push(combineRuns(checkSlices));
    trivial.push(combineRuns(pingSlices));
  }
  return { exerciseId, seed, check, trivial };
}
