import { expect, test } from "@playwright/test";
import { library } from "./content";
import { AFTER_SIGN_UP, PASSWORD, signUp } from "./sign-up";

// A new account's default allowance of new items a day (lib/srs/settings.ts).
const NEW_PER_DAY = 20;

test("sign-up lands on the start page: what the first review brings, links to review, decks and settings, and back after sign-in", async ({
  page,
}) => {
  const lib = await library();
  const firstSession = Math.min(NEW_PER_DAY, lib.items.length);
  const email = `start-${Date.now()}@example.com`;
  await signUp(page, email);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Start here" })).toBeVisible();
  await expect(main.getByText(`Your first session brings ${firstSession} new items`)).toBeVisible();
  await expect(main.getByText(/Spaced repetition then schedules the item/)).toBeVisible();
  await expect(main.getByRole("link", { name: "Browse decks" })).toHaveAttribute("href", "/");
  await expect(main.getByRole("link", { name: "Open settings" })).toHaveAttribute("href", "/settings");

  // The count is the review page's own: the session it opens brings exactly that many new items.
  await main.getByRole("link", { name: "Start your first review" }).click();
  // A fresh server's first review page (20 items' interval previews) took over 5 s beside another worker.
  await expect(page).toHaveURL(/\/review$/, { timeout: 15_000 });
  await expect(page.getByText(`0 due today and ${firstSession} new`)).toBeVisible();

  // A signed-in visitor to the sign-up page is sent to the start page too.
  await page.goto("/signup");
  await expect(page).toHaveURL(AFTER_SIGN_UP);

  // Signed out, the start page asks for sign-in and comes back; a sign-in of its own still lands on the account page.
  // (In this test rather than its own: the suite's sign-ups come close to the 20 an address may make in an hour.)
  await page.context().clearCookies();

  await page.goto("/start");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fstart$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(AFTER_SIGN_UP);

  await page.context().clearCookies();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
});
