import { describe, expect, test } from "vitest";
import { contentSecurityPolicy } from "@/lib/server/security";

describe("contentSecurityPolicy", () => {
  test.each([
    {
      label: "production",
      options: { dev: false, github: false },
      has: ["'nonce-abc'", "frame-ancestors 'none'", "form-action 'self'"],
      hasNot: ["unsafe-eval", "github.com"],
    },
    {
      label: "development allows eval for React's debugging",
      options: { dev: true, github: false },
      has: ["'unsafe-eval'"],
      hasNot: ["github.com"],
    },
    {
      label: "GitHub sign-in on lets the OAuth form post leave",
      options: { dev: false, github: true },
      has: ["form-action 'self' https://github.com"],
      hasNot: ["unsafe-eval"],
    },
  ])("$label", ({ options, has, hasNot }) => {
    const csp = contentSecurityPolicy("abc", options);
    for (const s of has) expect(csp).toContain(s);
    for (const s of hasNot) expect(csp).not.toContain(s);
    // Scripts never run inline without the nonce; only style *attributes* may be inline, never style elements.
    const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d]));
    expect(directives["script-src"]).toMatch(/^script-src 'self' 'nonce-abc' 'strict-dynamic'/);
    expect(directives["script-src"]).not.toContain("unsafe-inline");
    expect(directives["style-src"]).toBe("style-src 'self' 'nonce-abc'");
    expect(directives["style-src-attr"]).toBe("style-src-attr 'unsafe-inline'");
  });
});
