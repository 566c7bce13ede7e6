import { describe, expect, test } from "vitest";
import { isCrossSite, refuseRequest, SERVER_ACTION_BODY_LIMIT } from "@/lib/server/request-guard";

const host = "gradwise.test:3000";
const guard = (method: string, headers: Record<string, string | undefined>) => refuseRequest({ method, headers, host });

describe("cross-site requests", () => {
  // JSON routes were written from a foreign Origin with a type a browser sends without a preflight.
  test.each([
    { label: "a foreign Origin", headers: { origin: "https://evil.example" } },
    { label: "Sec-Fetch-Site: cross-site", headers: { "sec-fetch-site": "cross-site" } },
    { label: "Origin null", headers: { origin: "null" } },
    { label: "another port of the same host", headers: { origin: "http://gradwise.test:4000" } },
  ])("$label is refused 403 on every state-changing method", ({ headers }) => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(guard(method, headers)?.status).toBe(403);
  });
  test.each([
    { label: "the app's own Origin", headers: { origin: `http://${host}`, "sec-fetch-site": "same-origin" } },
    { label: "no Origin (curl, a script)", headers: {} },
    { label: "Sec-Fetch-Site: none (typed in the address bar)", headers: { "sec-fetch-site": "none" } },
  ])("$label passes", ({ headers }) => {
    expect(guard("POST", headers)).toBeNull();
  });
  test("reads are never refused, whatever their origin", () => {
    expect(guard("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toBeNull();
  });
  test("with no host known, any Origin is foreign", () => {
    expect(isCrossSite({ method: "POST", headers: { origin: `http://${host}` }, host: null })).toBe(true);
  });
});

describe("server actions", () => {
  // Next answers both with a 500.
  test.each([
    {
      label: "a foreign Origin",
      headers: { "next-action": "abc", origin: "https://evil.example", "content-length": "10" },
      status: 403,
    },
    {
      label: "a body over 1 MB",
      headers: {
        "next-action": "abc",
        origin: `http://${host}`,
        "content-length": String(SERVER_ACTION_BODY_LIMIT + 1),
      },
      status: 413,
    },
    { label: "no length", headers: { "next-action": "abc", origin: `http://${host}` }, status: 411 },
    {
      label: "a length that is not a number",
      headers: { "next-action": "abc", "content-length": "lots" },
      status: 413,
    },
  ])("$label answers $status", ({ headers, status }) => {
    expect(guard("POST", headers)?.status).toBe(status);
  });
  test("a same-origin action within the limit passes", () => {
    expect(
      guard("POST", {
        "next-action": "abc",
        origin: `http://${host}`,
        "content-length": String(SERVER_ACTION_BODY_LIMIT),
      }),
    ).toBeNull();
  });
});
