import { createHash, randomBytes } from "node:crypto";

/** How long an operator's reset link works: long enough to pass it on, short enough that a stale copy is useless. */
export const RESET_TOKEN_TTL_MS = 60 * 60_000;

/**
 * Only this hash is stored. The token is 32 random bytes, so a plain SHA-256 (no salt, no slow hash) is enough: there
 * is nothing to guess, and a leaked database copy gives no working link.
 */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface ResetToken {
  /** For the link only; never stored. */
  token: string;
  tokenHash: string;
  expires: Date;
}

export function newResetToken(now = new Date()): ResetToken {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token), expires: new Date(now.getTime() + RESET_TOKEN_TTL_MS) };
}

/** Expired at its expiry instant, not a millisecond later. */
export const resetTokenExpired = (expires: Date, now = new Date()) => expires.getTime() <= now.getTime();

/** The page that takes the token, on the install's public URL (a trailing slash on it is allowed). */
export function resetLink(baseUrl: string, token: string): string {
  const url = new URL("/reset-password", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  url.searchParams.set("token", token);
  return url.toString();
}
