import { expect, type Page } from "@playwright/test";

export const PASSWORD = "correct horse battery";

/** Where a new account lands: the start page, which says what to do first. */
export const AFTER_SIGN_UP = /\/start$/;

/** Creates an account through the form and waits for the landing page; `tap` for touch-only tests. */
export async function signUp(page: Page, email: string, options: { password?: string; tap?: boolean } = {}) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(options.password ?? PASSWORD);
  const submit = page.getByRole("button", { name: "Create account" });
  await (options.tap ? submit.tap() : submit.click());
  await expect(page).toHaveURL(AFTER_SIGN_UP);
}
