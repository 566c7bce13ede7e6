import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { checkNextAuthRequest } from "@/lib/auth/next-auth-request";

// Each of these reached next-auth and came back as a 500 or a throw (found by tests/security/fuzz.test.ts).
const request = (path: string, init: { method?: string; body?: string; type?: string; cookie?: string } = {}) => {
  const headers: Record<string, string> = {};
  if (init.type) headers["content-type"] = init.type;
  if (init.cookie) headers.cookie = init.cookie;
  return new NextRequest(`http://localhost${path}`, { method: init.method ?? "GET", headers, body: init.body });
};
const segmentsOf = (path: string) =>
  new URL(`http://localhost${path}`).pathname.split("/").slice(3).map(decodeURIComponent);

describe("checkNextAuthRequest", () => {
  test.each([
    { label: "a callbackUrl that is not a URL", path: "/api/auth/session?callbackUrl=x", status: 400 },
    { label: "a javascript: callbackUrl", path: "/api/auth/signin?callbackUrl=javascript:alert(1)", status: 400 },
    {
      label: "a bad callbackUrl after a good one",
      path: "/api/auth/providers?callbackUrl=/review&callbackUrl=x",
      status: 400,
    },
    { label: "a bad callbackUrl cookie", path: "/api/auth/session", cookie: "next-auth.callback-url=x", status: 400 },
    { label: "an error code with characters a header cannot hold", path: "/api/auth/error/%F0%9F%92%A5", status: 400 },
    { label: "an error query that is not a code", path: "/api/auth/error?error=%3Cscript%3E", status: 400 },
    {
      label: "a JSON body",
      path: "/api/auth/signin/github",
      method: "POST",
      type: "application/json",
      body: "{not json",
      status: 415,
    },
    {
      label: "a bad callbackUrl in the form",
      path: "/api/auth/signin/github",
      method: "POST",
      type: "application/x-www-form-urlencoded",
      body: "callbackUrl=%5Bobject",
      status: 400,
    },
    {
      label: "a body over 32 KB",
      path: "/api/auth/signin/github",
      method: "POST",
      type: "application/x-www-form-urlencoded",
      body: `a=${"x".repeat(33 * 1024)}`,
      status: 413,
    },
  ])("refuses $label with a JSON $status", async ({ path, status, ...init }) => {
    const checked = await checkNextAuthRequest(request(path, init), segmentsOf(path));
    if (checked.ok) throw new Error("expected a refusal");
    expect(checked.response.status).toBe(status);
    expect((await checked.response.json()).error).toEqual(expect.any(String));
  });

  test.each([
    { label: "the session JSON", path: "/api/auth/session" },
    { label: "the sign-in page with a path to return to", path: "/api/auth/signin?callbackUrl=%2Freview" },
    {
      label: "an absolute callbackUrl (next-auth keeps it on this site itself)",
      path: "/api/auth/signin?callbackUrl=https%3A%2F%2Fexample.com%2F",
    },
    { label: "next-auth's own error page", path: "/api/auth/error?error=OAuthSignin" },
  ])("passes $label through untouched", async ({ path }) => {
    const original = request(path);
    const checked = await checkNextAuthRequest(original, segmentsOf(path));
    expect(checked).toEqual({ ok: true, request: original });
  });

  test("hands a GitHub sign-in form on with its body, as a form", async () => {
    const body = "csrfToken=abc&callbackUrl=%2Freview&json=true";
    const checked = await checkNextAuthRequest(
      request("/api/auth/signin/github", {
        method: "POST",
        type: "application/x-www-form-urlencoded;charset=UTF-8",
        body,
      }),
      ["signin", "github"],
    );
    if (!checked.ok) throw new Error(await checked.response.text());
    expect(checked.request.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(await checked.request.text()).toBe(body);
  });
});

// Anyone could write to the server log through next-auth's client logger, newlines (forged lines) included.
describe("next-auth's client logger endpoint", () => {
  test.each([
    {
      label: "a forged log line",
      body: "level=error&code=x%0A[next-auth] forged",
      type: "application/x-www-form-urlencoded",
    },
    { label: "an empty post", body: "", type: "application/x-www-form-urlencoded" },
  ])("refuses $label with 404 before next-auth sees it", async ({ body, type }) => {
    const res = await checkNextAuthRequest(request("/api/auth/_log", { method: "POST", body, type }), ["_log"]);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.response.status).toBe(404);
  });
});
