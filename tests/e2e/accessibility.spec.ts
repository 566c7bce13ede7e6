import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { library } from "./content";
import { signUp } from "./sign-up";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

// One test per page type, each in light and dark mode: no serious or critical axe violation. `ready` names what
// appears only once the page is interactive (results computed in the browser), so axe sees it too.
const PAGES: Array<{ name: string; url: (lib: Awaited<ReturnType<typeof library>>) => string; ready?: string }> = [
  { name: "home", url: () => "/" },
  { name: "deck", url: (lib) => `/decks/${lib.decks[0]!.id}` },
  { name: "theory", url: (lib) => `/decks/${lib.theory[0]!.deck}/theory` },
  { name: "Q&A card", url: (lib) => `/cards/${lib.items.find((i) => i.kind === "qa")!.id}` },
  { name: "MCQ graded", url: (lib) => `/cards/${lib.singleAnswer.id}?checked=1&pick=0` },
  { name: "exercise", url: (lib) => `/cards/${lib.items.find((i) => i.kind === "derivation")!.id}` },
  {
    // The most hidden units: its 1×h answer grids were wider than a phone and pushed the page sideways.
    name: "exercise, widest network",
    url: (lib) =>
      `/cards/${
        lib.items
          .flatMap((i) => (i.kind === "derivation" ? [i] : []))
          .reduce((a, b) => (b.network.h > a.network.h ? b : a)).id
      }`,
  },
  { name: "tags", url: () => "/tags" },
  { name: "a tag", url: (lib) => `/tags/${lib.items[0]!.tags[0]!}` },
  { name: "search", url: () => "/search?q=gradient" },
  { name: "sign in", url: () => "/signin" },
  { name: "sign up", url: () => "/signup" },
  { name: "reset password, unknown link", url: () => "/reset-password?token=unknown" },
  { name: "review (signed out)", url: () => "/review" },
  { name: "calculators", url: () => "/calculators" },
  { name: "a calculator", url: () => "/calculators/softmax" },
  {
    name: "gradient check, ε curve",
    url: () => "/calculators/gradient-check?eps=1e-12",
    ready: "[data-testid=eps-curve]",
  },
  { name: "playground", url: () => "/playground" },
  { name: "404", url: () => "/no-such-page" },
];

for (const { name, url, ready } of PAGES) {
  test(`${name}: no serious or critical axe violation in light and dark mode`, async ({ page }) => {
    const lib = await library();
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url(lib));
      if (ready) await page.locator(ready).waitFor();
      expect(await seriousViolations(page), `${url(lib)} (${scheme})`).toEqual([]);
    }
  });
}

// WCAG reflow: at 320 CSS px (a 1280 px window zoomed to 400%) no page scrolls sideways. Wide content such as
// display math or the review heatmap scrolls inside its own box instead.
const REFLOW_WIDTH = 320;

/** How far the page is wider than the window, in px (0 when nothing sticks out). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("every page type reflows to 320 px without scrolling sideways", async ({ page }) => {
  const lib = await library();
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
  const overflowing: string[] = [];
  for (const { url } of PAGES) {
    await page.goto(url(lib));
    const extra = await sidewaysOverflow(page);
    if (extra > 0) overflowing.push(`${url(lib)}: ${extra} px too wide`);
  }
  expect(overflowing).toEqual([]);
});

// The signed-in pages, with real state on them: an item mid-review with its answer and rating buttons shown, then the
// progress page after that rating (heatmap, forecast), the start page, settings and account.
test("signed-in pages: no serious or critical axe violation in light and dark mode, and they reflow to 320 px", async ({
  page,
}) => {
  // Seven page states scanned in two colour schemes each, then six pages measured at 320 px: more than the usual 30 s.
  test.setTimeout(120_000);
  await signUp(page, `axe-${Date.now()}@example.com`);

  await page.goto("/review?deck=foundations");
  await page.getByRole("button", { name: /Show answer|^Check/ }).click();
  const rate = page.getByRole("group", { name: "Rate how well you knew it" });
  await expect(rate).toBeVisible();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page), `review, answer shown (${scheme})`).toEqual([]);
  }
  await rate.getByRole("button").nth(2).click();
  await expect(page.getByText(/\d+ left/)).toBeVisible();

  for (const url of ["/start", "/review", "/progress", "/settings", "/account", "/cards"]) {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      expect(await seriousViolations(page), `${url} (${scheme})`).toEqual([]);
    }
  }

  // The same pages reflow to 320 px, the review with its answer and rating buttons showing.
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
  const overflowing: string[] = [];
  for (const url of ["/start", "/review?deck=derivations", "/review", "/progress", "/settings", "/account"]) {
    await page.goto(url);
    if (url === "/review") await page.getByRole("button", { name: /Show answer|^Check/ }).click();
    const extra = await sidewaysOverflow(page);
    if (extra > 0) overflowing.push(`${url}: ${extra} px too wide`);
  }
  expect(overflowing).toEqual([]);
});

// The reset page with a live link: its token comes from the operator's command, run against the e2e database.
test("reset password form: no serious or critical axe violation in light and dark mode", async ({ page }) => {
  const email = `axe-reset-${Date.now()}@example.com`;
  await signUp(page, email);
  const out = execFileSync(
    "node",
    ["scripts/bootstrap.mjs", "user", "reset-password", email, "--base-url", "http://127.0.0.1:3100"],
    { env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" }, encoding: "utf8" },
  );
  const link = out.match(/http:\/\/127\.0\.0\.1:3100\/reset-password\?token=[\w-]+/)?.[0];
  expect(link, out).toBeDefined();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(link!);
    await expect(page.getByLabel("New password")).toBeVisible();
    expect(await seriousViolations(page), `reset form (${scheme})`).toEqual([]);
  }
});
