import { expect, test } from "@playwright/test";
import { library } from "./content";

test("pages send a nonce-based CSP and the security headers, and nothing the app needs is blocked", async ({ page }) => {
  const lib = await library();
  const exercise = lib.items.find((i) => i.kind === "derivation")!;
  const qa = lib.items.find((i) => i.kind === "qa")!;
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const nonces = new Set<string>();
  for (const url of ["/", `/decks/${lib.decks[0]!.id}`, `/cards/${qa.id}`, `/cards/${lib.singleAnswer.id}`, `/cards/${exercise.id}`, "/tags", "/search?q=relu", "/signin", "/review"]) {
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
