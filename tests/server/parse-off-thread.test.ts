import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { startOffThreadParse } from "@/lib/server/parse-off-thread";

const DEPTH = 10;

/** The text handed over in pieces of `piece` bytes, as a request body arrives. */
function parseOffThread(text: string, slice?: number, piece = 7) {
  const parser = startOffThreadParse({ maxDepth: DEPTH, slice });
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += piece) parser.push(bytes.subarray(at, at + piece));
  return parser.finish();
}

const logs = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `log-${i}`, rating: 1 + (i % 4) }));

describe("startOffThreadParse", () => {
  test.each([
    { label: "an export with a large array, sent in slices", value: { format: "x", cards: [], logs: logs(25) } },
    { label: "two large arrays", value: { a: logs(7), b: logs(11), c: "small" } },
    { label: "an array exactly one slice long", value: { logs: logs(5) } },
    { label: "a root array (sent whole)", value: logs(12) },
    { label: "a primitive root", value: 42 },
    { label: "null", value: null },
    { label: "large arrays nested deeper (sent whole)", value: { outer: { logs: logs(9) } } },
  ])("$label: the same value as JSON.parse", async ({ value }) => {
    const text = JSON.stringify(value);
    expect(await parseOffThread(text, 5)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  test("a key __proto__ stays an own property, also when its array is sliced", async () => {
    const text = `{"__proto__":${JSON.stringify(logs(12))},"x":{"__proto__":{"polluted":true}}}`;
    const parsed = await parseOffThread(text, 5);
    expect(parsed.ok).toBe(true);
    const value = (parsed as { value: Record<string, unknown> }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual(logs(12));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(value.x, "__proto__")?.value).toEqual({ polluted: true });
  });

  test.each([
    { label: "not JSON", text: "{", reason: "syntax" },
    { label: "trailing text", text: '{"a":1} x', reason: "syntax" },
    { label: "an unpaired surrogate in a value", text: '{"a":"\\ud800"}', reason: "surrogate" },
    { label: "an unpaired surrogate in a key", text: '{"\\udc00":1}', reason: "surrogate" },
  ])("$label is refused ($reason)", async ({ text, reason }) => {
    expect(await parseOffThread(text)).toEqual({ ok: false, reason });
  });

  test.each([
    { label: "at the limit: parsed", depth: DEPTH, ok: true },
    { label: "one deeper: refused", depth: DEPTH + 1, ok: false },
  ])("nesting $label", async ({ depth, ok }) => {
    const text = "[".repeat(depth) + "]".repeat(depth);
    expect(await parseOffThread(text)).toEqual(ok ? { ok, value: JSON.parse(text) } : { ok, reason: "depth" });
  });

  test("brackets inside strings do not count as nesting, escaped quotes included", async () => {
    const text = JSON.stringify({ a: "[".repeat(50) + '\\"' + "{".repeat(50) });
    expect(await parseOffThread(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  test("a character split across pieces is decoded whole", async () => {
    const text = JSON.stringify({ a: "ü😀é".repeat(20) });
    expect(await parseOffThread(text, undefined, 1)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  test("a pushed piece is copied: a view into a larger buffer leaves that buffer to its other users", async () => {
    const parser = startOffThreadParse({ maxDepth: DEPTH });
    const pooled = new TextEncoder().encode('{"a":11}');
    parser.push(pooled.subarray(0, 5));
    expect(new TextDecoder().decode(pooled)).toBe('{"a":11}');
    pooled.fill(0x20, 0, 5);
    parser.push(pooled.subarray(5));
    expect(await parser.finish()).toEqual({ ok: true, value: { a: 11 } });
  });

  test("a surrogate pair (an emoji) is text", async () => {
    expect(await parseOffThread('{"a":"\\ud83d\\ude00"}')).toEqual({ ok: true, value: { a: "😀" } });
  });

  test("the event loop turns between slices: other work runs while a value is handed over", async () => {
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const parsed = await parseOffThread(JSON.stringify({ logs: logs(200) }), 10);
    counting = false;
    expect(parsed).toEqual({ ok: true, value: { logs: logs(200) } });
    // 20 slices, each received after a turn of its own.
    expect(turns).toBeGreaterThanOrEqual(20);
  });

  test("any JSON value comes back as JSON.parse reads it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const text = JSON.stringify(value);
        expect(await parseOffThread(text, 2)).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 40 },
    );
  });
});
