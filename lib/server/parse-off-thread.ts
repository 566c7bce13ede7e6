import "server-only";
import { Worker } from "node:worker_threads";
import { nextTurn } from "./next-turn";

/** Elements of a large array handed over per message; a slice of an import's reviews takes ~2 ms to receive. */
export const HANDOVER_SLICE = 1_000;

export type OffThreadParse = { ok: true; value: unknown } | { ok: false; reason: "syntax" | "surrogate" };

// The worker's program, as source text: Next.js bundles the server code, and a worker entry file would have to be
// found by the bundler and survive it, while `eval` source needs neither. It parses the text with the same reviver
// as lib/http-json.ts (an unpaired surrogate refuses the body), then sends the value over: the root object with its
// large arrays emptied, then those arrays a slice at a time, each only when the main thread asks for it. Unasked,
// the slices would queue up and the main thread would receive them all in one go, the very pause this avoids.
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
parentPort.once("message", ({ text, slice }) => {
  let value;
  try {
    value = JSON.parse(text, ESCAPED_SURROGATE.test(text) ? refuse : undefined);
  } catch (error) {
    parentPort.postMessage({ kind: "refused", reason: error instanceof UnpairedSurrogate ? "surrogate" : "syntax" });
    return;
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
  parentPort.on("message", () => {
    const next = pending.shift();
    parentPort.postMessage(next ? { kind: "slice", ...next } : { kind: "done" });
    if (!next) parentPort.close();
  });
});
`;

type FromWorker =
  | { kind: "refused"; reason: "syntax" | "surrogate" }
  | { kind: "root"; value: unknown; slices: number }
  | { kind: "slice"; key: string; items: unknown[] }
  | { kind: "done" };

/**
 * JSON.parse in a worker thread, for bodies of many megabytes (an import): one parse of 26 MB held the event loop
 * ~200 ms, during which nobody else was answered. The value comes back a slice of its large arrays at a time, with
 * a turn of the event loop between slices.
 */
export function parseOffThread(text: string, slice = HANDOVER_SLICE): Promise<OffThreadParse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    let root: Record<string, unknown[]> | undefined;
    let settled = false;
    const finish = (outcome: OffThreadParse) => {
      settled = true;
      resolve(outcome);
      void worker.terminate();
    };
    worker.on("message", (message: FromWorker) => {
      if (message.kind === "refused") return finish({ ok: false, reason: message.reason });
      if (message.kind === "done") return finish({ ok: true, value: root });
      if (message.kind === "root") {
        if (message.slices === 0) return finish({ ok: true, value: message.value });
        root = message.value as Record<string, unknown[]>;
      } else for (const item of message.items) root![message.key]!.push(item);
      void nextTurn().then(() => worker.postMessage("more"));
    });
    worker.on("error", (error) => {
      if (!settled) reject(error);
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`the JSON worker stopped (exit code ${code}) before it answered`));
    });
    worker.postMessage({ text, slice });
  });
}
