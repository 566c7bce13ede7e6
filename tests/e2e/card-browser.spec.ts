import { expect, test } from "@playwright/test";
import { signUp } from "./sign-up";

test("card browser: a reviewed card is suspended, found under the filter, unsuspended, then reset to new", async ({
  page,
}) => {
  await signUp(page, `cards-${Date.now()}@example.com`);

  // One rating, so exactly one item has a schedule (and with it the row actions).
  await page.goto("/review?deck=foundations");
  await page.getByRole("button", { name: /Show answer|^Check/ }).click();
  await page.getByRole("group", { name: "Rate how well you knew it" }).getByRole("button").nth(2).click();
  await expect(page.getByText(/\d+ left/)).toBeVisible();

  await page.goto("/progress");
  await page.getByRole("link", { name: "All cards" }).click();
  await expect(page).toHaveURL(/\/cards$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your cards" })).toBeVisible();
  const suspend = page.getByRole("button", { name: /^Suspend / });
  await expect(suspend).toHaveCount(1);
  const title = (await suspend.getAttribute("aria-label"))!.slice("Suspend ".length);
  await suspend.click();
  await expect(page.getByRole("button", { name: `Unsuspend ${title}` })).toBeVisible();

  // The filter form puts its choices in the URL.
  await page.getByLabel("Suspended").selectOption("yes");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/suspended=yes/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(title);
  await expect(rows.nth(1)).toContainText("suspended");

  await page.getByRole("button", { name: `Unsuspend ${title}` }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("No cards match these filters.");

  // Reset asks first: the disclosure opens, then its button deletes the schedule and the item is new again.
  await page.goto("/cards");
  await page.getByText("Reset", { exact: true }).click();
  await page.getByRole("button", { name: `Reset ${title}` }).click();
  await expect(page.getByRole("button", { name: /^Suspend / })).toHaveCount(0);
  await page.goto("/cards?state=new&sort=title");
  await expect(page.getByRole("main").getByRole("row", { name: title })).toContainText("new");
});
