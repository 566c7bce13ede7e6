import type { NextRequest, NextResponse } from "next/server";

// No server-only imports here: proxy.ts uses this, and so do the server modules that set and read the cookie.

/** Same lifetime as next-auth's default, so credential and GitHub sessions behave alike. */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** next-auth's own cookie name, so `getServerSession` finds sessions made by our password actions too. */
export const sessionCookieName = (secure: boolean) => `${secure ? "__Secure-" : ""}next-auth.session-token`;

/**
 * Gives the session cookie a full lifetime again on every page a learner opens, as next-auth does each time it
 * reads a session; the Session row, whose expiry the read extends too (lib/auth/session.ts), still decides whether
 * the token is valid. Without this, a learner who comes back every day would be signed out 30 days after signing in.
 * Only on GET: a POST may be the sign-out or account-deletion action, whose own Set-Cookie removes the cookie.
 */
export function slideSessionCookie(request: NextRequest, response: NextResponse): void {
  if (request.method !== "GET") return;
  // Only a page a browser opens as a document is a visit. The router's own fetches (client navigations and their
  // prefetches, Sec-Fetch-Dest "empty") are not; one of them answered after a sign-out would set the deleted cookie
  // again. Next.js hides its router headers (Next-Router-Prefetch among them) from proxy.ts, so this reads the
  // browser's. A client that sends no Sec-Fetch-Dest at all (curl, a script) is taken at its word.
  const dest = request.headers.get("sec-fetch-dest");
  if (dest !== null && dest !== "document") return;
  if (request.headers.get("purpose") === "prefetch" || request.headers.get("sec-purpose")?.includes("prefetch")) return;
  for (const secure of [false, true]) {
    const name = sessionCookieName(secure);
    const token = request.cookies.get(name)?.value;
    if (token) {
      response.cookies.set(name, token, {
        httpOnly: true,
        sameSite: "lax",
        secure,
        path: "/",
        maxAge: SESSION_MAX_AGE_S,
      });
    }
  }
}
