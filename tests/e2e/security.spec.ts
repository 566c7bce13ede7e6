import { expect, test } from "@playwright/test";
import { library } from "./content";

test("pages send a nonce-based CSP and the security headers, and nothing the app needs is blocked", async ({
  page,
}) => {
  const lib = await library();
  const exercise = lib.items.find((i) => i.kind === "derivation")!;
  const qa = lib.items.find((i) => i.kind === "qa")!;
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const nonces = new Set<string>();
  for (const url of [
    "/",
    `/decks/${lib.decks[0]!.id}`,
    `/cards/${qa.id}`,
    `/cards/${lib.singleAnswer.id}`,
    `/cards/${exercise.id}`,
    "/tags",
    "/search?q=relu",
    "/signin",
    "/review",
  ]) {
    const res = await page.goto(url);
    const headers = res!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(csp, url).not.toContain("unsafe-eval");
    nonces.add(/nonce-([^']+)/.exec(csp)![1]!);
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    await page.waitForLoadState("networkidle");
  }
  expect(nonces.size, "a fresh nonce per response").toBe(9);
  // The app still runs under the policy: the card page's keyboard helper (client JavaScript) works.
  await page.goto(`/cards/${qa.id}`);
  await page.locator("body").press("Space");
  await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("API responses carry the headers and a deny-all policy", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

// The hardening findings, against the real front server and Next.js (unit tests cover the rules themselves).
test.describe("the front server", () => {
  test("a client's claimed https is not believed: no HSTS over plain http", async ({ request }) => {
    const res = await request.get("/signin", {
      headers: { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" },
    });
    expect(res.status()).toBe(200);
    expect(res.headers()["strict-transport-security"]).toBeUndefined();
  });

  for (const { label, headers } of [
    { label: "a foreign Origin", headers: { origin: "https://evil.example" } },
    { label: "Sec-Fetch-Site: cross-site", headers: { "sec-fetch-site": "cross-site" } },
  ] as Array<{ label: string; headers: Record<string, string> }>) {
    test(`a JSON write from ${label} is refused 403`, async ({ request }) => {
      for (const path of ["/api/reviews", "/api/reviews/undo", "/api/me/import", "/api/exercises/x/check"]) {
        const res = await request.post(path, {
          headers: { "content-type": "application/json", ...headers },
          data: "{}",
        });
        expect(res.status(), path).toBe(403);
      }
    });
  }

  test("a type a browser sends without a preflight is refused 415 on the check route", async ({ request }) => {
    const res = await request.post("/api/exercises/x/check", {
      headers: { "content-type": "text/plain; application/json" },
      data: "{}",
    });
    expect(res.status()).toBe(415);
  });

  // Next answered both with a 500.
  test("server actions: a cross-origin call is 403, a body over 1 MB is 413", async ({ request, baseURL }) => {
    const foreign = await request.post("/signin", {
      headers: { "next-action": "0123456789abcdef", origin: "https://evil.example", "content-type": "text/plain" },
      data: "[]",
    });
    expect(foreign.status()).toBe(403);
    const large = await request.post("/signin", {
      headers: { "next-action": "0123456789abcdef", origin: baseURL!, "content-type": "text/plain" },
      data: "x".repeat(1024 * 1024 + 1),
    });
    expect(large.status()).toBe(413);
  });

  test("prefetches and the not-found page carry the page policy", async ({ request }) => {
    for (const headers of [{ purpose: "prefetch" }, { "next-router-prefetch": "1" }] as Array<Record<string, string>>) {
      const res = await request.get("/", { headers });
      expect(res.headers()["content-security-policy"], JSON.stringify(headers)).toContain("frame-ancestors 'none'");
    }
    const missing = await request.get("/favicon.ico");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-security-policy"]).toContain("script-src 'self' 'nonce-");
  });

  test("next-auth's client logger endpoint is gone", async ({ request }) => {
    const res = await request.post("/api/auth/_log", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: "level=error&code=x%0Aforged",
    });
    expect(res.status()).toBe(404);
  });

  // With NEXTAUTH_URL unset, next-auth sent people to http://localhost:3000.
  test("next-auth redirects to the request's own origin", async ({ request, baseURL }) => {
    const res = await request.get("/api/auth/signin", { maxRedirects: 0 });
    expect(res.status()).toBe(302);
    // next-auth sends people to its sign-in page with the site it believes it is on as the way back.
    const location = new URL(res.headers()["location"]!, baseURL);
    expect(location.pathname).toBe("/signin");
    expect(location.searchParams.get("callbackUrl")).toBe(baseURL);
    expect(res.headers()["location"]).not.toContain("localhost:3000");
  });
});
