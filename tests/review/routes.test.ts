import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { MAX_JSON_DEPTH } from "@/lib/server/http-json";
import { MAX_IMPORT_BYTES } from "@/lib/review/transfer-schema";

const auth = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).fakeSession(auth));

const { POST: rate } = await import("@/app/api/reviews/route");
const { POST: undo } = await import("@/app/api/reviews/undo/route");
const { POST: bury } = await import("@/app/api/reviews/bury/route");
const { POST: suspend } = await import("@/app/api/reviews/suspend/route");
const { POST: importData } = await import("@/app/api/me/import/route");
const { GET: exportJson } = await import("@/app/api/me/export/route");
const { GET: exportCsv } = await import("@/app/api/me/export/csv/route");

const post = (handler: (r: Request) => Promise<Response>, body: string, type = "application/json") =>
  handler(new Request("http://localhost/api", { method: "POST", headers: { "content-type": type }, body }));

const signedIn = () => ({ id: randomUUID(), email: "edge@example.com", name: null });

// The HTTP edge of every progress route: size, type and syntax are refused before any data access.
describe("review API routes", () => {
  const routes = [
    { label: "rate", handler: rate, limit: 32 * 1024 },
    { label: "undo", handler: undo, limit: 32 * 1024 },
    { label: "bury", handler: bury, limit: 32 * 1024 },
    { label: "suspend", handler: suspend, limit: 32 * 1024 },
    { label: "import", handler: importData, limit: MAX_IMPORT_BYTES },
  ];
  // The body checks are for signed-in requests; a signed-out one is refused before its body is read (below).
  beforeEach(() => {
    auth.user = signedIn();
  });
  test.each(routes)(
    "$label answers a signed-out request 401 without reading a byte of its body",
    async ({ handler }) => {
      auth.user = null;
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            pulled += 1;
            controller.enqueue(new TextEncoder().encode("[".repeat(1 << 16)));
          },
          // Nothing is pulled until someone reads.
        },
        { highWaterMark: 0 },
      );
      const request = new Request("http://localhost/api", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        duplex: "half",
      } as RequestInit);
      expect((await handler(request)).status).toBe(401);
      expect(pulled).toBe(0);
    },
  );
  // A browser sends these from any site without a CORS preflight.
  test.each(
    routes.flatMap((r) =>
      [
        "text/plain; application/json",
        "multipart/form-data; boundary=application/json",
        "application/jsonx",
        "text/json",
      ].map((type) => ({ ...r, type })),
    ),
  )("$label refuses the content type $type with 415", async ({ handler, type }) => {
    expect((await post(handler, "{}", type)).status).toBe(415);
  });
  test.each(routes)("$label takes application/json with parameters, in any case", async ({ handler }) => {
    const res = await post(handler, "{}", "Application/JSON; charset=utf-8");
    expect(res.status).toBe(400);
    expect((await res.json()).error).not.toMatch(/application\/json/);
  });
  test.each(routes)("$label refuses nesting deeper than the limit before parsing", async ({ handler }) => {
    const deep = "[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1);
    const res = await post(handler, deep);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/nests deeper/);
    // Brackets inside a string are text, not nesting.
    const text = await (await post(handler, JSON.stringify({ note: "[".repeat(100) }))).json();
    expect(text.error).not.toMatch(/nests deeper/);
  });
  test.each(routes)("$label refuses a body over its limit with 413", async ({ handler, limit }) => {
    const res = await post(handler, JSON.stringify({ pad: "x".repeat(limit + 10) }));
    expect(res.status).toBe(413);
  });
  test.each(routes)("$label refuses a non-JSON content type with 415", async ({ handler }) => {
    expect((await post(handler, "a=1", "application/x-www-form-urlencoded")).status).toBe(415);
  });
  test.each(routes)("$label refuses malformed JSON with 400", async ({ handler }) => {
    expect((await post(handler, "{not json")).status).toBe(400);
  });
  // Prisma's engine fails on a string holding an unpaired surrogate, which JSON can spell (found by tests/security/fuzz).
  test.each(routes)("$label refuses text with an unpaired surrogate with 400", async ({ handler }) => {
    const res = await post(handler, String.raw`{"reviewId": "\ud800"}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/unpaired surrogate/);
  });
  test.each(routes)("$label still reads a surrogate pair (an emoji) as text", async ({ handler }) => {
    const res = await post(handler, String.raw`{"note": "\ud83d\udca5"}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).not.toMatch(/surrogate|not valid JSON/);
  });
  test.each(routes)("$label refuses a signed-out request with 401", async ({ handler }) => {
    auth.user = null;
    const res = await post(
      handler,
      JSON.stringify({ reviewId: randomUUID(), itemId: "bp-delta-recurrence", rating: 3, durationMs: 1 }),
    );
    expect(res.status).toBe(401);
  });
  test("exports refuse a signed-out request with 401", async () => {
    auth.user = null;
    expect((await exportJson()).status).toBe(401);
    expect((await exportCsv()).status).toBe(401);
  });

  // Both downloads were named the same every day; each now carries its UTC date, the JSON's equal to its exportedAt.
  test.each([
    { label: "JSON export", handler: exportJson, name: "gradwise-export-2026-11-24.json" },
    { label: "CSV review log", handler: exportCsv, name: "gradwise-revlog-2026-11-24.csv" },
  ])("$label downloads under a name dated in UTC", async ({ handler, name }) => {
    auth.user = { id: randomUUID(), email: "dated@example.com", name: null };
    // 23:30 in New York on the 23rd is already the 24th in UTC.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-23T23:30:00-05:00"));
    try {
      const res = await handler();
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="${name}"`);
      if (name.endsWith(".json")) expect((await res.json()).exportedAt).toBe("2026-11-24T04:30:00.000Z");
    } finally {
      vi.useRealTimers();
      auth.user = null;
    }
  });
});
