import "server-only";
import { Worker } from "node:worker_threads";
import { nestsDeeper } from "./json-depth";
import { nextTurn } from "./next-turn";

/** Elements of a large array handed over per message; a slice of an import's reviews takes ~2 ms to receive. */
export const HANDOVER_SLICE = 1_000;

export type OffThreadParse = { ok: true; value: unknown } | { ok: false; reason: "syntax" | "surrogate" | "depth" };

// The worker's program, as source text: Next.js bundles the server code, and a worker entry file would have to be
// found by the bundler and survive it, while `eval` source needs neither. It receives the body's bytes as they
// arrive, and once they are all in, does every step that costs time in proportion to the body: joining and decoding
// the bytes, the nesting scan (json-depth.ts's own function, from its source text), and the parse with the same reviver
// as lib/server/http-json.ts (an unpaired surrogate refuses the body). On the main thread those steps held the server
// ~150 ms for a 26 MB import. The value goes back as the root object with its large arrays emptied, then those
// arrays a slice at a time, each only when the main thread asks for it: unasked, the slices would queue up and the
// main thread would receive them all in one go, the very pause this avoids.
const WORKER_SOURCE = String.raw`
const { parentPort } = require("node:worker_threads");
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;
const UNPAIRED_SURROGATE = /\p{Cs}/u;
class UnpairedSurrogate extends Error {}
function refuse(key, value) {
  if (UNPAIRED_SURROGATE.test(key) || (typeof value === "string" && UNPAIRED_SURROGATE.test(value)))
    throw new UnpairedSurrogate();
  return value;
}
const nestsDeeper = (${nestsDeeper.toString()});
const chunks = [];
let size = 0;
function parse({ slice, maxDepth }) {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks.splice(0)) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const text = new TextDecoder().decode(bytes);
  if (nestsDeeper(text, maxDepth)) return parentPort.postMessage({ kind: "refused", reason: "depth" });
  let value;
  try {
    value = JSON.parse(text, ESCAPED_SURROGATE.test(text) ? refuse : undefined);
  } catch (error) {
    return parentPort.postMessage({ kind: "refused", reason: error instanceof UnpairedSurrogate ? "surrogate" : "syntax" });
  }
  const large = [];
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const key of Object.keys(value)) {
      const items = value[key];
      if (!Array.isArray(items) || items.length <= slice) continue;
      large.push({ key, items });
      // defineProperty, not assignment: a key "__proto__" is an own property in parsed JSON.
      Object.defineProperty(value, key, { value: [], enumerable: true, writable: true, configurable: true });
    }
  }
  const pending = [];
  for (const { key, items } of large)
    for (let at = 0; at < items.length; at += slice) pending.push({ key, items: items.slice(at, at + slice) });
  parentPort.postMessage({ kind: "root", value, slices: pending.length });
  return pending;
}
let pending;
parentPort.on("message", (message) => {
  if (message.kind === "chunk") {
    chunks.push(message.bytes);
    size += message.bytes.byteLength;
  } else if (message.kind === "end") {
    pending = parse(message);
    if (!pending) parentPort.close();
  } else {
    const next = pending.shift();
    parentPort.postMessage(next ? { kind: "slice", ...next } : { kind: "done" });
    if (!next) parentPort.close();
  }
});
`;

type FromWorker =
  | { kind: "refused"; reason: "syntax" | "surrogate" | "depth" }
  | { kind: "root"; value: unknown; slices: number }
  | { kind: "slice"; key: string; items: unknown[] }
  | { kind: "done" };

export interface OffThreadParser {
  /** Hands over the next piece of the body (copied, so the caller's buffer is left as it was). */
  push(bytes: Uint8Array): void;
  /** The body is complete: decode, check its nesting, parse, and hand the value back. */
  finish(): Promise<OffThreadParse>;
  /** The body is not wanted after all (over its size limit): the worker stops. */
  abort(): void;
}

/**
 * A JSON body of many megabytes (an import) read, checked and parsed in a worker thread as it arrives: the main
 * thread only passes the pieces on, and takes the value back a slice of its large arrays at a time, with a turn of
 * the event loop between slices, so nobody else waits while it is read.
 */
export function startOffThreadParse({
  maxDepth,
  slice = HANDOVER_SLICE,
}: {
  maxDepth: number;
  slice?: number;
}): OffThreadParser {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  let settled = false;
  const outcome = new Promise<OffThreadParse>((resolve, reject) => {
    let root: Record<string, unknown[]> | undefined;
    const finish = (result: OffThreadParse) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    worker.on("message", (message: FromWorker) => {
      if (message.kind === "refused") return finish({ ok: false, reason: message.reason });
      if (message.kind === "done") return finish({ ok: true, value: root });
      if (message.kind === "root") {
        if (message.slices === 0) return finish({ ok: true, value: message.value });
        root = message.value as Record<string, unknown[]>;
      } else for (const item of message.items) root![message.key]!.push(item);
      void nextTurn().then(() => worker.postMessage({ kind: "more" }));
    });
    worker.on("error", (error) => {
      if (!settled) reject(error);
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`the JSON worker stopped (exit code ${code}) before it answered`));
    });
  });
  // A worker failing before finish() is called (an aborted body) has nobody awaiting it: not an unhandled rejection.
  outcome.catch(() => {});
  return {
    push(bytes) {
      // A copy of exactly these bytes, transferred: a chunk may be a view into a larger pooled buffer, which
      // cloning would copy whole and transferring would take from its other users.
      const own = bytes.slice();
      worker.postMessage({ kind: "chunk", bytes: own }, [own.buffer]);
    },
    finish() {
      worker.postMessage({ kind: "end", slice, maxDepth });
      return outcome;
    },
    abort() {
      settled = true;
      void worker.terminate();
    },
  };
}
