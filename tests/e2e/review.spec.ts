import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, signUp } from "./sign-up";

/** The review's keys are live: one pressed before hydration does nothing. */
const reviewKeysReady = (page: Page) => expect(page.locator("body")).toHaveAttribute("data-review-keys", "");

/** Answers the current item with the keyboard only: pick a choice for an MCQ, Space to reveal, then a rating key. */
async function reviewOne(page: Page, rating: string) {
  await reviewKeysReady(page);
  const left = await page.getByText(/\d+ left/).textContent();
  const isMcq = await page.getByRole("button", { name: /^Check/ }).isVisible();
  if (isMcq) await page.keyboard.press("1");
  await page.keyboard.press("Space");
  await expect(page.getByRole("group", { name: "Rate how well you knew it" })).toBeVisible();
  await page.keyboard.press(rating);
  await expect(page.getByText(/\d+ left/)).not.toHaveText(left!);
}

async function reviewCount(page: Page) {
  await page.goto("/progress");
  const stat = page.getByText("reviews this year").locator("..");
  return Number((await stat.locator("p").first().textContent())?.trim());
}

test("review three items with the keyboard, undo one, see progress, and find it again after signing back in", async ({
  page,
}) => {
  const email = `reviewer-${Date.now()}@example.com`;
  await signUp(page, email);
  expect(await reviewCount(page)).toBe(0);

  await page.goto("/review?deck=foundations");
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  const buttons = page.getByRole("group", { name: "Rate how well you knew it" }).getByRole("button");
  await reviewOne(page, "3");
  await reviewOne(page, "3");
  await reviewOne(page, "2");

  // Ctrl+Z takes the last rating back, and the same item comes up again.
  await page.keyboard.press("Control+z");
  // Scoped to <main>: Next.js has its own role=alert route announcer outside it.
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Last rating undone.");
  await page.keyboard.press("Space");
  await expect(buttons.first()).toContainText(/Again/);
  await expect(buttons.nth(2)).toContainText(/\d+ (min|h|d)/);
  await page.keyboard.press("3");
  await expect(page.getByRole("main").getByRole("alert")).toBeHidden();

  expect(await reviewCount(page)).toBe(3);
  await expect(page.getByText("due today", { exact: true }).locator("..").locator("p").first()).not.toHaveText("");

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  // Signed out once the app says so: going on at once raced the sign-out, and /progress could still see the session.
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await expect(page).not.toHaveURL(/\/signin/);
  expect(await reviewCount(page)).toBe(3);
});

/** Every script the page loads from here on, with its text, so a test can tell which code reached the browser. */
function collectScripts(page: Page) {
  const bodies: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") bodies.push(r.text().catch(() => ""));
  });
  return async () => Promise.all(bodies);
}

test("an exercise in a review session is checked and rated, and a session without one never loads its code", async ({
  page,
}) => {
  await signUp(page, `deriver-${Date.now()}@example.com`);
  // The workspace (and mathjs behind its answer parsing) is its own chunk; its button label marks it.
  const marker = "Check my answers";
  const scripts = collectScripts(page);
  await page.goto("/review?deck=foundations");
  await expect(page.getByText(/\d+ left/)).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect((await scripts()).some((text) => text.includes(marker))).toBe(false);

  await page.goto("/review?deck=derivations");
  const check = page.getByRole("button", { name: marker });
  await expect(check).toBeVisible();
  const left = await page.getByText(/\d+ left/).textContent();
  // Enter on the hint button and on the equations' summary does what they do; the review's "reveal" shortcut took
  // both over.
  await page.getByRole("button", { name: /Show a hint/ }).press("Enter");
  await expect(page.getByText(/^Hint 1/)).toBeVisible();
  await page.locator("summary", { hasText: "The equations" }).press("Enter");
  await expect(page.locator("details", { has: page.locator("summary", { hasText: "The equations" }) })).toHaveAttribute(
    "open",
    "",
  );
  const cells = page.locator('main input[id*="|"]');
  for (const input of await cells.all()) await input.fill("0");
  // Checked and rated from the keyboard: Enter in an answer box, then a digit, which used to be typed into the box.
  await cells.last().press("Enter");
  await expect(page.getByText("Checked by the server.")).toBeVisible();
  const rate = page.getByRole("group", { name: "Rate how well you knew it" });
  await expect(rate).toBeVisible();
  await expect(page.locator("#result-heading")).toBeFocused();
  // The result is scrolled to the top of the view with the rating buttons right under it.
  await expect(rate).toBeInViewport();
  await page.keyboard.press("1");
  await expect(page.getByText(/\d+ left/)).not.toHaveText(left!);
  // The next item starts in view with the keyboard on it, not where the last one's result had scrolled the page.
  const item = page.getByRole("group", { name: "Current item" });
  await expect(item).toBeFocused();
  await expect(page.getByText(/\d+ left/)).toBeInViewport();
  expect((await scripts()).some((text) => text.includes(marker))).toBe(true);
  expect(await reviewCount(page)).toBe(1);
});

test("signed out, the review page explains why an account is needed", async ({ page }) => {
  await page.goto("/review");
  await expect(page.getByRole("link", { name: "Sign in to review" })).toBeVisible();
});

test("settings are validated and saved", async ({ page }) => {
  await signUp(page, `settings-${Date.now()}@example.com`);
  await page.goto("/settings");
  await page.getByLabel("Desired retention").fill("0.99");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("at most 0.97")).toBeVisible();
  // React resets a form after its action: the refused value stays beside its error, with the keyboard on it.
  await expect(page.getByLabel("Desired retention")).toHaveValue("0.99");
  await expect(page.getByLabel("Desired retention")).toBeFocused();
  await page.getByLabel("Desired retention").fill("0.85");
  await page.getByLabel("New items per day").fill("5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Settings saved.");
  await page.reload();
  await expect(page.getByLabel("New items per day")).toHaveValue("5");
});

test("an export restored into a new account while the old one exists is merged under new ids and reported; a file over the limit is refused at once", async ({
  page,
}) => {
  const email = `exporter-${Date.now()}@example.com`;
  await signUp(page, email);
  await page.goto("/review?deck=foundations");
  await reviewOne(page, "3");
  const exported = await (await page.request.get("/api/me/export")).text();
  // The old account stays: its review ids are taken, and the restore must still add every review.
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  await signUp(page, `importer-${Date.now()}@example.com`);
  await page.goto("/settings");
  const file = page.getByLabel("Import a Gradwise export (JSON)");
  // Enabled once the page is live: a file chosen before that would not be read.
  await expect(file).toBeEnabled();
  await file.setInputFiles({
    name: "gradwise-export.json",
    mimeType: "application/json",
    buffer: Buffer.from(exported),
  });
  // Checked first, and added only once confirmed.
  const preview = page.getByRole("region", { name: "Import gradwise-export.json?" });
  await expect(preview).toContainText(/This file will add 1 review on 1 item.*0 skipped/);
  await expect(preview).toContainText("1 review will get a new id");
  await preview.getByRole("button", { name: "Import" }).click();
  const report = page.getByRole("main").locator("[aria-live]").filter({ hasText: "Added" });
  await expect(report).toContainText(/Added 1 review for 1 item.*skipped 0/);
  await expect(report).toContainText("1 review got a new id: another account here uses the one in the file");
  expect(await reviewCount(page)).toBe(1);

  await page.goto("/settings");
  await expect(file).toBeEnabled();
  let posted = 0;
  page.on("request", (r) => {
    if (r.url().includes("/api/me/import")) posted += 1;
  });
  await file.setInputFiles({
    name: "huge.json",
    mimeType: "application/json",
    buffer: Buffer.alloc(32 * 1024 * 1024 + 1, " "),
  });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/at most 32\.0 MiB/);
  // A file that is not JSON is named, in the browser, rather than "the body is not valid JSON" from the server.
  await file.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("{not json") });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/notes\.txt is not a JSON file/);
  expect(posted).toBe(0);
});
