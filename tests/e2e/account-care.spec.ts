import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, signUp } from "./sign-up";

const NEW_PASSWORD = "a brand new passphrase";
// Scoped to <main>: Next.js has its own role=alert route announcer outside it.
const main = (page: Page) => page.getByRole("main");

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("change the password: another browser is signed out, this one stays, the new password signs in", async ({
  page,
  browser,
}) => {
  const email = `change-pw-${Date.now()}@example.com`;
  await signUp(page, email);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, PASSWORD);
  await expect(otherPage).toHaveURL(/\/account$/);

  await page.goto("/account");
  await page.getByLabel("Current password").first().fill("not the password");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(main(page).getByRole("alert")).toHaveText("That is not the current password of this account.");

  await page.getByLabel("Current password").first().fill(PASSWORD);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(main(page).getByRole("status")).toHaveText(/Your password was changed/);
  // This browser is still signed in; the other one is not.
  await page.goto("/account");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/signin/);

  await signIn(otherPage, email, PASSWORD);
  await expect(main(otherPage).getByRole("alert")).toHaveText("That email and password do not match an account.");
  await signIn(otherPage, email, NEW_PASSWORD);
  await expect(otherPage).toHaveURL(/\/account$/);
  await other.close();
});

test("the operator's reset link sets a new password once and signs the account out", async ({ page }) => {
  const email = `reset-${Date.now()}@example.com`;
  await signUp(page, email);
  // The real command against the e2e server's database (playwright.config.ts).
  const out = execFileSync(
    "node",
    ["scripts/bootstrap.mjs", "user", "reset-password", email, "--base-url", "http://127.0.0.1:3100"],
    { env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" }, encoding: "utf8" },
  );
  const link = out.match(/http:\/\/127\.0\.0\.1:3100\/reset-password\?token=[\w-]+/)?.[0];
  expect(link, out).toBeDefined();

  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Set a new password" })).toBeVisible();
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(main(page).getByRole("alert")).toHaveText("Use at least 10 characters for your password.");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1$/);
  await expect(main(page).getByRole("status")).toHaveText(/Sign in with the new password/);

  // Used once: the same link now only says so.
  await page.goto(link!);
  await expect(main(page).getByRole("alert")).toContainText("This reset link is not valid or has expired.");

  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
});
