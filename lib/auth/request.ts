import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/server/env";
import { sessionCookieName } from "./session-cookie";

/**
 * Whether this request reached us over https: behind a trusted TLS proxy (x-forwarded-proto, as scripts/serve.ts
 * rewrote it) or because the configured public URL is https. The same answer picks the cookie name for writing and
 * reading.
 */
export async function requestIsSecure(): Promise<boolean> {
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proto === "https" || (env.NEXTAUTH_URL?.startsWith("https://") ?? false);
}

/**
 * The client address for rate limiting. scripts/serve.ts replaces X-Forwarded-For with the one address it trusts:
 * the socket's peer, or the client as the configured trusted proxies report it (lib/server/forwarded.ts).
 */
export async function clientIp(): Promise<string> {
  const h = await headers();
  const forwarded = h
    .get("x-forwarded-for")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? h.get("x-real-ip")?.trim() ?? "unknown";
}

export async function setSessionCookie(sessionToken: string, expires: Date): Promise<void> {
  const secure = await requestIsSecure();
  (await cookies()).set(sessionCookieName(secure), sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    expires,
  });
}

/** Removes the session cookie (under either name) and returns the tokens it held, for deleting their rows. */
export async function clearSessionCookies(): Promise<string[]> {
  const jar = await cookies();
  const tokens: string[] = [];
  for (const secure of [false, true]) {
    const name = sessionCookieName(secure);
    const value = jar.get(name)?.value;
    if (value) tokens.push(value);
    // A __Secure- cookie can only be changed with the Secure attribute, deletion included.
    if (value) jar.set(name, "", { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 0 });
  }
  return tokens;
}
