import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { library } from "./content";
import { signUp as signUpWith } from "./sign-up";

const signUp = (page: Page, name: string) => signUpWith(page, `${name}-${Date.now()}@example.com`);

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

const exportedLogs = async (page: Page) =>
  ((await (await page.request.get("/api/me/export")).json()) as { logs: unknown[] }).logs.length;

test.describe("in a browser set to UTC", () => {
  test.use({ timezoneId: "UTC" });

  test("the time zone is picked from a searchable list with the keyboard only, saved, and shown after a reload", async ({
    page,
  }) => {
    await signUp(page, "zone");
    await page.goto("/settings");
    const field = page.getByRole("combobox", { name: "Time zone" });
    await expect(field).toHaveValue("UTC");
    await expect(field).toHaveAttribute("aria-expanded", "false");
    const list = page.getByRole("listbox", { name: "Matching zones" });

    // From the field before it, as a keyboard user arrives.
    await page.getByLabel("A new day starts at (hour)").focus();
    await page.keyboard.press("Tab");
    await expect(field).toBeFocused();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("new york");
    await expect(field).toHaveAttribute("aria-expanded", "true");
    await expect(list.getByRole("option").first()).toHaveText(/^America\/New_York\s*UTC[+-]\d\d:\d\d$/);
    await page.keyboard.press("Escape");
    await expect(field).toHaveAttribute("aria-expanded", "false");
    await expect(list).toBeHidden();

    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("EUROPE/B");
    const names = (await list.getByRole("option").allTextContents()).map((t) => t.replace(/UTC.*$/, ""));
    const berlin = names.indexOf("Europe/Berlin");
    expect(berlin).toBeGreaterThan(0);
    expect(names.every((n) => n.startsWith("Europe/B"))).toBe(true);
    for (let i = 0; i < berlin; i++) await page.keyboard.press("ArrowDown");
    const active = await field.getAttribute("aria-activedescendant");
    await expect(page.locator(`[id="${active}"]`)).toHaveText(/^Europe\/Berlin/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Enter");
    await expect(field).toHaveValue("Europe/Berlin");
    await expect(field).toHaveAttribute("aria-expanded", "false");

    // Enter on a chosen zone, with the list closed, saves the form.
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
    await page.reload();
    await expect(field).toHaveValue("Europe/Berlin");

    // Text that is no zone is not kept: leaving the field puts the chosen zone back.
    await field.focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("atlantis");
    await expect(page.getByText("No time zone matches “atlantis”.")).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(field).toHaveValue("Europe/Berlin");
    await page.getByRole("button", { name: "Use this browser's zone, UTC" }).click();
    await expect(field).toHaveValue("UTC");
  });
});

test("an import is previewed first: Cancel adds nothing, Import adds what the preview said", async ({ page }) => {
  const lib = await library();
  const itemId = lib.items.find((i) => i.kind === "qa")!.id;
  const log = (review: string, rating: number) => ({
    id: randomUUID(),
    itemId,
    rating,
    state: 0,
    due: review,
    stability: 1,
    difficulty: 1,
    scheduledDays: 0,
    learningSteps: 0,
    review,
    durationMs: 1000,
    seed: null,
    result: null,
  });
  const file = {
    format: "gradwise-export",
    version: 1,
    exportedAt: "2026-10-05T08:00:00Z",
    settings: null,
    cards: [],
    logs: [log("2026-10-01T08:00:00Z", 3), log("2026-10-03T08:00:00Z", 4), log("2199-01-01T00:00:00Z", 3)],
  };
  const choose = { name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) };
  await signUp(page, "preview");
  await page.goto("/settings");
  const input = page.getByLabel("Import a Gradwise export (JSON)");
  await expect(input).toBeEnabled();

  // The check is held back, so what the page shows meanwhile can be seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/me/import?preview=1", async (route) => {
    await held;
    await route.continue();
  });
  await input.setInputFiles(choose);
  // Said in the live region, so a screen reader hears it too.
  const live = page.getByRole("main").locator("[aria-live=polite]");
  await expect(live.filter({ hasText: "Checking backup.json…" })).toBeVisible();
  await expect(input).toBeDisabled();
  release();

  const preview = page.getByRole("region", { name: "Import backup.json?" });
  await expect(preview).toBeFocused();
  await expect(preview).toContainText("This file will add 2 reviews on 1 item; 1 skipped.");
  await expect(preview).toContainText("reviewed after now");
  expect(await seriousViolations(page)).toEqual([]);
  // Import, then Cancel, by keyboard.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(preview.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(preview).toBeHidden();
  await expect(input).toBeFocused();
  expect(await exportedLogs(page)).toBe(0);

  // The same file again, confirmed this time.
  let posts = 0;
  page.on("request", (r) => {
    if (r.url().endsWith("/api/me/import") && r.method() === "POST") posts += 1;
  });
  await input.setInputFiles(choose);
  await expect(preview).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(preview.getByRole("button", { name: "Import" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(live.filter({ hasText: "Added 2 reviews for 1 item; skipped 1." })).toBeVisible();
  await expect(preview).toBeHidden();
  expect(posts).toBe(1);
  expect(await exportedLogs(page)).toBe(2);
});
