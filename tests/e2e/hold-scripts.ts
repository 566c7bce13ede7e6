import type { Page } from "@playwright/test";

/**
 * Opens `url` with the page's scripts held back, as on a slow connection, so a test can act on the server's HTML
 * before React hydrates it. Returns the call that lets the scripts load.
 */
export async function openWithScriptsHeld(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: the build's stylesheet lives under chunks/ too, and holding it would also hold the parser at the
  // first inline script after it (next-themes' theme script opens <body>), so no markup would arrive at all.
  await page.route("**/_next/static/chunks/**", async (route) => {
    if (route.request().resourceType() === "script") await held;
    await route.continue();
  });
  // "commit": the held scripts keep the document from finishing, so the test waits for the markup itself instead.
  await page.goto(url, { waitUntil: "commit" });
  return release;
}
