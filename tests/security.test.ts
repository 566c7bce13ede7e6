import { describe, expect, test } from "vitest";
import { contentSecurityPolicy } from "@/lib/security";

describe("contentSecurityPolicy", () => {
  test.each([
    { label: "production", options: { dev: false, github: false }, has: ["'nonce-abc'", "frame-ancestors 'none'", "form-action 'self'"], hasNot: ["unsafe-eval", "github.com", "'unsafe-inline';"] },
    { label: "development allows eval for React's debugging", options: { dev: true, github: false }, has: ["'unsafe-eval'"], hasNot: ["github.com"] },
    { label: "GitHub sign-in on lets the OAuth form post leave", options: { dev: false, github: true }, has: ["form-action 'self' https://github.com"], hasNot: ["unsafe-eval"] },
  ])("$label", ({ options, has, hasNot }) => {
    const csp = contentSecurityPolicy("abc", options);
    for (const s of has) expect(csp).toContain(s);
    for (const s of hasNot) expect(csp).not.toContain(s);
    // Scripts never run inline without the nonce.
    expect(csp).toMatch(/script-src 'self' 'nonce-abc' 'strict-dynamic'/);
  });
});
