import { describe, expect, test } from "vitest";
import { resetTokenSchema } from "@/lib/auth/schema";
import {
  hashResetToken,
  newResetToken,
  RESET_TOKEN_TTL_MS,
  resetLink,
  resetTokenExpired,
} from "@/lib/auth/reset-token";

describe("reset tokens", () => {
  test("a new token is random, fits the schema, and only its hash is meant for storage", () => {
    const a = newResetToken();
    const b = newResetToken();
    expect(a.token).not.toBe(b.token);
    expect(resetTokenSchema.safeParse(a.token).success).toBe(true);
    expect(a.tokenHash).toBe(hashResetToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token);
  });

  test("expires one hour after it is made", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    expect(newResetToken(now).expires.getTime() - now.getTime()).toBe(RESET_TOKEN_TTL_MS);
    expect(RESET_TOKEN_TTL_MS).toBe(60 * 60_000);
  });

  test.each([
    { label: "a minute before expiry: still valid", offsetMs: -60_000, expired: false },
    { label: "at the expiry instant: expired", offsetMs: 0, expired: true },
    { label: "after expiry: expired", offsetMs: 1, expired: true },
  ])("$label", ({ offsetMs, expired }) => {
    const expires = new Date("2026-12-07T13:00:00Z");
    expect(resetTokenExpired(expires, new Date(expires.getTime() + offsetMs))).toBe(expired);
  });

  test.each([
    { label: "a bare origin", base: "http://localhost:3000", link: "http://localhost:3000/reset-password?token=T" },
    { label: "a trailing slash", base: "https://g.example/", link: "https://g.example/reset-password?token=T" },
    {
      label: "a path (the app serves from the root, so it is dropped)",
      base: "https://g.example/app",
      link: "https://g.example/reset-password?token=T",
    },
  ])("link on $label", ({ base, link }) => {
    expect(resetLink(base, "T")).toBe(link);
  });
});
