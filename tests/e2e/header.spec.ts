import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./sign-up";

const header = (page: Page) => page.getByRole("banner");
const menuButton = (page: Page) => header(page).getByRole("button", { name: "Menu" });

/** At 1366 px, signed in: the nav and search sit in the header row, and Settings is in the account menu. */
async function wideHeader(page: Page) {
  await page.goto("/start");
  await expect(menuButton(page)).toBeHidden();
  await expect(
    header(page).getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }),
  ).toBeVisible();
  await expect(header(page).getByRole("searchbox", { name: "Search all cards" })).toBeVisible();
  await expect(header(page).getByLabel("Theme")).toBeVisible();
  // One row: the logo and the account button share a line.
  expect((await header(page).boundingBox())!.height).toBeLessThan(64);

  const account = header(page).getByRole("button", { name: "Account" });
  await expect(account).toHaveAttribute("aria-expanded", "false");
  await expect(header(page).getByRole("link", { name: "Settings" })).toBeHidden();
  await account.click();
  await expect(account).toHaveAttribute("aria-expanded", "true");
  for (const name of ["Start here", "Cards", "Account"])
    await expect(header(page).getByRole("link", { name, exact: true })).toBeVisible();
  await header(page).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(account).toHaveAttribute("aria-expanded", "false");

  // From the keyboard: Escape shuts it and gives focus back; a click elsewhere shuts it too.
  await account.focus();
  await page.keyboard.press("Enter");
  await expect(account).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(account).toHaveAttribute("aria-expanded", "false");
  await expect(account).toBeFocused();
  await account.click();
  await page.getByRole("heading", { level: 1, name: "Review settings" }).click();
  await expect(account).toHaveAttribute("aria-expanded", "false");
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the header is one row, its menu opens by tap, holds nav, search and Settings, and closes on navigation; at 1366 px Settings is in the account menu", async ({
    page,
    browser,
  }) => {
    await signUp(page, `phone-header-${Date.now()}@example.com`, { tap: true });
    const box = (await header(page).boundingBox())!;
    expect(box.height).toBeLessThan(64);
    const logo = (await header(page).getByRole("link", { name: "Gradwise" }).boundingBox())!;
    const button = (await menuButton(page).boundingBox())!;
    expect(Math.abs(logo.y + logo.height / 2 - (button.y + button.height / 2))).toBeLessThan(4);

    // Closed, nothing but the logo and the button shows.
    const nav = header(page).getByRole("navigation", { name: "Main" });
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await expect(header(page).getByRole("searchbox", { name: "Search all cards" })).toBeHidden();

    await menuButton(page).tap();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
    const panel = page.locator(`#${await menuButton(page).getAttribute("aria-controls")}`);
    await expect(panel.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" })).toBeVisible();
    await expect(panel.getByRole("searchbox", { name: "Search all cards" })).toBeVisible();
    await expect(panel.getByLabel("Theme")).toBeVisible();
    await panel.getByRole("link", { name: "Settings" }).tap();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole("heading", { level: 1, name: "Review settings" })).toBeVisible();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();

    // A search from the menu closes it too.
    await menuButton(page).tap();
    await header(page).getByRole("searchbox", { name: "Search all cards" }).fill("softmax");
    await header(page).getByRole("searchbox", { name: "Search all cards" }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=softmax$/);
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");

    // The same account in a 1366 px window (in this test: the suite's sign-ups come close to the 20 an address may
    // make in an hour).
    const wide = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      storageState: await page.context().storageState(),
    });
    await wideHeader(await wide.newPage());
    await wide.close();

    // Sign out from the menu.
    await menuButton(page).tap();
    await header(page).getByRole("button", { name: "Sign out" }).tap();
    await expect(page).toHaveURL(/\/$/);
    await menuButton(page).tap();
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Sign up" })).toBeVisible();
  });

  test("the menu opens from the keyboard, Tab goes into it, Escape closes it and returns focus", async ({ page }) => {
    await page.goto("/tags");
    await expect(menuButton(page)).toBeEnabled();
    // Skip link, logo, then the menu button.
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    await expect(menuButton(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(header(page).getByRole("link", { name: "Decks" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(menuButton(page)).toBeFocused();
    await expect(header(page).getByRole("link", { name: "Decks" })).toBeHidden();

    // Space opens it too, and following a link with Enter lands on the page with the menu shut.
    await page.keyboard.press("Space");
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/$/);
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
  });
});
