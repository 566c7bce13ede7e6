import { NextRequest, NextResponse } from "next/server";
import { describe, expect, test } from "vitest";
import { SESSION_MAX_AGE_S, sessionCookieName, slideSessionCookie } from "@/lib/auth/session-cookie";

const slid = (method: string, cookie: string | null, extra: Record<string, string> = {}) => {
  const request = new NextRequest("http://localhost/decks", {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...extra },
  });
  const response = NextResponse.next();
  slideSessionCookie(request, response);
  return response.headers.getSetCookie();
};

describe("slideSessionCookie", () => {
  test.each([
    { label: "a GET with the plain cookie", method: "GET", secure: false, extra: {} },
    { label: "a GET with the __Secure- cookie", method: "GET", secure: true, extra: {} },
    { label: "a page a browser opens", method: "GET", secure: false, extra: { "sec-fetch-dest": "document" } },
  ] as Array<{ label: string; method: string; secure: boolean; extra: Record<string, string> }>)(
    "$label gets the same token back with a full lifetime",
    ({ method, secure, extra }) => {
      const name = sessionCookieName(secure);
      const [header, ...rest] = slid(method, `${name}=tok123; other=1`, extra);
      expect(rest).toEqual([]);
      const parts = header!.split(/;\s*/).map((p) => p.toLowerCase());
      expect(parts[0]).toBe(`${name.toLowerCase()}=tok123`);
      expect(parts).toEqual(
        expect.arrayContaining([`max-age=${SESSION_MAX_AGE_S}`, "path=/", "httponly", "samesite=lax"]),
      );
      expect(parts.includes("secure")).toBe(secure);
    },
  );

  test.each([
    {
      label: "a POST (sign-out and account deletion are POST actions)",
      method: "POST",
      cookie: "next-auth.session-token=t",
    },
    { label: "a GET without a session cookie", method: "GET", cookie: "theme=dark" },
    { label: "a GET without any cookie", method: "GET", cookie: null },
    // A router fetch in flight at sign-out would otherwise answer after it and set the deleted cookie again.
    {
      label: "a client navigation's fetch",
      method: "GET",
      cookie: "next-auth.session-token=t",
      extra: { "sec-fetch-dest": "empty" },
    },
    { label: "a browser prefetch", method: "GET", cookie: "next-auth.session-token=t", extra: { purpose: "prefetch" } },
    {
      label: "a speculative prefetch",
      method: "GET",
      cookie: "next-auth.session-token=t",
      extra: { "sec-purpose": "prefetch;prerender" },
    },
  ] as Array<{ label: string; method: string; cookie: string | null; extra?: Record<string, string> }>)(
    "$label sets no cookie",
    ({ method, cookie, extra }) => {
      expect(slid(method, cookie, extra)).toEqual([]);
    },
  );
});
