import { expect, test, type Page } from "@playwright/test";
import { AFTER_SIGN_UP, PASSWORD } from "./sign-up";

const header = (page: Page) => page.getByRole("banner");
// Scoped to <main>: Next.js has its own role=alert route announcer outside it.
const alert = (page: Page) => page.getByRole("main").getByRole("alert");

async function fillCredentials(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
}

test("sign up, account page, sign out, sign in again, wrong password, delete account", async ({ page, context }) => {
  const email = `learner-${Date.now()}@example.com`;

  await page.goto("/");
  await header(page).getByRole("link", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();

  // Validation comes back from the server action and is announced.
  await fillCredentials(page, email, "too short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(alert(page)).toHaveText("Use at least 10 characters for your password.");

  await fillCredentials(page, email.toUpperCase(), PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(AFTER_SIGN_UP);
  await expect(page.getByRole("heading", { level: 1, name: "Start here" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await header(page).getByRole("button", { name: "Account" }).click();
  await expect(header(page).getByRole("link", { name: "Account" })).toBeVisible();

  // next-auth's own endpoint reads the session the password action created.
  expect(await (await page.request.get("/api/auth/session")).json()).toMatchObject({ user: { email } });
  const [cookie] = (await context.cookies()).filter((c) => c.name === "next-auth.session-token");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });

  // Opening a page gives the cookie its full 30 days again, so a learner who comes back daily stays signed in.
  await context.addCookies([{ ...cookie!, expires: Math.floor(Date.now() / 1000) + 120 }]);
  await page.goto("/decks");
  const [slid] = (await context.cookies()).filter((c) => c.name === "next-auth.session-token");
  expect(slid!.value).toBe(cookie!.value);
  expect(slid!.expires - Date.now() / 1000).toBeGreaterThan(30 * 24 * 3600 - 600);
  await page.goto("/account");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await context.cookies()).some((c) => c.name === "next-auth.session-token")).toBe(false);

  await page.goto("/signin");
  await fillCredentials(page, email, "not my password");
  await page.getByLabel("Password").press("Enter");
  await expect(alert(page)).toHaveText("That email and password do not match an account.");

  await fillCredentials(page, email, PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await expect(page).toHaveURL(/\/account$/);

  // The confirmation step opens from the keyboard.
  await page.locator("summary", { hasText: "Delete my account" }).focus();
  await page.keyboard.press("Enter");
  await page.getByLabel(`Type ${email} to confirm`).fill("someone-else@example.com");
  await page.getByRole("button", { name: "Permanently delete my account" }).click();
  await expect(alert(page)).toHaveText("Type the email address of this account exactly to confirm.");
  await page.getByLabel(`Type ${email} to confirm`).fill(email);
  await page.getByRole("button", { name: "Permanently delete my account" }).click();
  await expect(page).toHaveURL(/\/signin\?deleted=1$/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Your account and everything saved for it were deleted.",
  );

  await fillCredentials(page, email, PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert(page)).toHaveText("That email and password do not match an account.");
});

test("the account page sends signed-out visitors to sign in, and GitHub is hidden without its variables", async ({
  page,
}) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: /GitHub/ })).toHaveCount(0);
});

test("settings sends a signed-out visitor to sign in and back to settings", async ({ page }) => {
  const email = `settings-back-${Date.now()}@example.com`;
  await page.goto("/signup");
  await fillCredentials(page, email, PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(AFTER_SIGN_UP);
  // Signing out from the header's account menu.
  await header(page).getByRole("button", { name: "Account" }).click();
  await header(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);
  await fillCredentials(page, email, PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Review settings" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-up, its validation and sign-out still work", async ({ page }) => {
    const email = `nojs-${Date.now()}@example.com`;
    await page.goto("/signup");
    await fillCredentials(page, "not-an-email", PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(alert(page)).toHaveText("Enter a valid email address, like name@example.com.");
    await fillCredentials(page, email, PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(AFTER_SIGN_UP);
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    // Without script the account menu's button is a link to the menu, which then shows under :target.
    await header(page).getByRole("link", { name: "Account" }).click();
    await header(page).getByRole("button", { name: "Sign out" }).click();
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    // No script, so no browser time zone: the account keeps the default.
    await page.goto("/signin");
    await fillCredentials(page, email, PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.goto("/settings");
    await expect(page.getByLabel("Time zone")).toHaveValue("UTC");
  });
});

test.describe("in a browser set to Tokyo time", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("a new account counts review days in the browser's time zone, and sign-up says so", async ({ page }) => {
    await page.goto("/signup");
    await expect(page.getByText("Review days follow your time zone, Asia/Tokyo")).toBeVisible();
    await fillCredentials(page, `tokyo-${Date.now()}@example.com`, PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(AFTER_SIGN_UP);
    await page.goto("/settings");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  });
});
