import { expect, test, type Locator, type Page } from "@playwright/test";

// On a 390 px phone a wide equation was cut at the screen's edge, with nothing to say there was more of it.

/** The display-math box in `scope` that overflows the most. */
async function widest(page: Page, scope: Locator) {
  const boxes = scope.locator(".katex-display");
  // The marking runs once the page is interactive and laid out.
  await expect(scope.locator(".katex-display[data-wide]").first()).toBeAttached();
  const hidden = await boxes.evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
  return boxes.nth(hidden.indexOf(Math.max(...hidden)));
}

async function expectScrollsInItsBox(page: Page, box: Locator) {
  const { page: pageWidth, viewport } = await page.evaluate(() => ({
    page: document.scrollingElement!.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(pageWidth).toBeLessThanOrEqual(viewport);
  const size = await box.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
  expect(size.scroll).toBeGreaterThan(size.client);
  // The cue: a shadow on the edge that hides more, moving to both edges once scrolled along.
  await expect(box).toHaveAttribute("data-wide", "end");
  expect(await box.evaluate((e) => getComputedStyle(e).boxShadow)).not.toBe("none");
  await expect(box).toBeVisible();
  // A keyboard user reaches it and scrolls it.
  await expect(box).toHaveAttribute("tabindex", "0");
  await expect(box).toHaveAccessibleName(/Wide equation/);
  const url = page.url();
  await box.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  await expect(box).toHaveAttribute("data-wide", /both|start/);
  // On a card ← → also move through the deck; inside the box they only scroll it (the move's fetch would keep the
  // network busy, so once it is idle the page has stayed).
  await page.waitForLoadState("networkidle");
  expect(page.url()).toBe(url);
}

test.describe("on a 390 px phone a wide equation scrolls sideways in its own box, with a cue", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { label, url, open } of [
    { label: "a theory page", url: "/decks/backpropagation/theory", open: null },
    { label: "a card's answer", url: "/cards/gz-bias-variance", open: "Show answer" },
    { label: "an exercise's worked explanation", url: "/cards/ex-relu-mask-at-zero", open: "Worked explanation" },
  ]) {
    test(label, async ({ page }) => {
      await page.goto(url);
      // A card's shortcuts are live once hydrated; an arrow pressed before then would prove nothing.
      if (url.startsWith("/cards/")) await expect(page.locator("body[data-card-keys]")).toBeAttached();
      if (open) await page.getByText(open, { exact: true }).click();
      await expectScrollsInItsBox(page, await widest(page, page.getByRole("main")));
    });
  }
});
