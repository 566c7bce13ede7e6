import { NextRequest, NextResponse } from "next/server";
import { describe, expect, test } from "vitest";
import { SESSION_MAX_AGE_S, sessionCookieName, slideSessionCookie } from "@/lib/auth/session-cookie";

const slid = (method: string, cookie: string | null) => {
  const request = new NextRequest("http://localhost/decks", {
    method,
    headers: cookie ? { cookie } : {},
  });
  const response = NextResponse.next();
  slideSessionCookie(request, response);
  return response.headers.getSetCookie();
};

describe("slideSessionCookie", () => {
  test.each([
    { label: "a GET with the plain cookie", method: "GET", secure: false },
    { label: "a GET with the __Secure- cookie", method: "GET", secure: true },
  ])("$label gets the same token back with a full lifetime", ({ method, secure }) => {
    const name = sessionCookieName(secure);
    const [header, ...rest] = slid(method, `${name}=tok123; other=1`);
    expect(rest).toEqual([]);
    const parts = header!.split(/;\s*/).map((p) => p.toLowerCase());
    expect(parts[0]).toBe(`${name.toLowerCase()}=tok123`);
    expect(parts).toEqual(
      expect.arrayContaining([`max-age=${SESSION_MAX_AGE_S}`, "path=/", "httponly", "samesite=lax"]),
    );
    expect(parts.includes("secure")).toBe(secure);
  });

  test.each([
    {
      label: "a POST (sign-out and account deletion are POST actions)",
      method: "POST",
      cookie: "next-auth.session-token=t",
    },
    { label: "a GET without a session cookie", method: "GET", cookie: "theme=dark" },
    { label: "a GET without any cookie", method: "GET", cookie: null },
  ])("$label sets no cookie", ({ method, cookie }) => {
    expect(slid(method, cookie)).toEqual([]);
  });
});
