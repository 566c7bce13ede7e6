import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./sign-up";

// A whole review session on a phone, by touch alone: every step is a tap on something the screen shows, as a
// learner without a keyboard has to do it (Ctrl+Z was the only undo before).
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The three hard items of Foundations: no exercises among them, so each is revealed with one tap. */
const SESSION = "/review?deck=foundations&difficulty=hard";

const left = (page: Page) => page.getByText(/\d+ left/);
const main = (page: Page) => page.getByRole("main");

/** Taps the reveal button (Show answer or Check), then the rating. */
async function tapRate(page: Page, rating: "Again" | "Good") {
  const reveal = main(page).getByRole("button", { name: /Show answer|^Check/ });
  const mcq = /^Check/.test((await reveal.textContent()) ?? "");
  await reveal.tap();
  const bar = page.getByRole("group", { name: "Rate how well you knew it" });
  await expect(bar).toBeVisible();
  // A checked MCQ proposes a rating, in words on its button (not only a ring).
  if (mcq) await expect(bar.getByText("Suggested")).toBeVisible();
  await bar.getByRole("button", { name: new RegExp(rating) }).tap();
}

test("a whole session by touch: reveal, rate, undo by button after a reload, skip, bury, and the summary", async ({
  page,
}) => {
  await signUp(page, `phone-${Date.now()}@example.com`, { tap: true });

  // The deck page leads to a review of that deck.
  await page.goto("/decks/foundations");
  await page.getByRole("link", { name: "Review this deck" }).tap();
  await expect(page).toHaveURL(/\/review\?deck=foundations$/);

  await page.goto(SESSION);
  await expect(left(page)).toHaveText("3 left");
  // A session is on screen: the filters' button does not offer to start one.
  await expect(page.getByRole("button", { name: "Start session" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Apply filters" })).toBeVisible();

  // Rate, then undo with the button: the same item comes back.
  const first = await page.getByText(/^(New|Due) · /).textContent();
  await tapRate(page, "Again");
  await expect(left(page)).toHaveText("2 left");
  await page.getByRole("button", { name: "Undo last rating" }).tap();
  await expect(main(page).getByRole("alert")).toHaveText("Last rating undone.");
  await expect(left(page)).toHaveText("3 left");
  await expect(page.getByText(/^(New|Due) · /)).toHaveText(first!);

  // Rate, reload: the page forgot its history, yet the server still offers that rating to undo.
  await tapRate(page, "Good");
  await expect(left(page)).toHaveText("2 left");
  await page.reload();
  await expect(left(page)).toHaveText("2 left");
  await page.getByRole("button", { name: "Undo last rating" }).tap();
  await expect(left(page)).toHaveText("3 left");
  await expect(page.getByText(/^(New|Due) · /)).toHaveText(first!);
  await expect(page.getByRole("button", { name: "Undo last rating" })).toHaveCount(0);

  await tapRate(page, "Good");
  await expect(left(page)).toHaveText("2 left");
  // Skip the second item: the third comes up, the second waits at the end, nothing is rated.
  const skipped = await page.getByText(/^(New|Due) · /).textContent();
  await page.getByRole("button", { name: "Skip for now" }).tap();
  await expect(main(page).getByRole("alert")).toContainText("Skipped");
  await expect(left(page)).toHaveText("2 left");
  await expect(page.getByText(/^(New|Due) · /)).not.toHaveText(skipped!);
  // Bury the item now on screen: it leaves today's session, and the skipped one comes back.
  const second = await page.getByText(/^(New|Due) · /).textContent();
  await page.getByRole("button", { name: "Bury until tomorrow" }).tap();
  await expect(main(page).getByRole("alert")).toHaveText("Buried until tomorrow.");
  await expect(left(page)).toHaveText("1 left");
  await expect(page.getByText(/^(New|Due) · /)).toHaveText(skipped!);
  await tapRate(page, "Again");

  const summary = main(page).getByRole("status");
  await expect(summary).toContainText("Session done: 2 reviewed.");
  await expect(summary).toContainText("1 right, 1 wrong (Again)");
  await expect(summary).toContainText("Next card due");

  // The buried item is not back on a new visit today.
  await page.goto(SESSION);
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await expect(page.getByText(second!)).toHaveCount(0);
});
