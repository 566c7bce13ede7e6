import { expect, test, type Page } from "@playwright/test";
import { backprop } from "../../lib/engine";
import { askedQuantities, buildInstance, gridOf } from "../../lib/exercises/instance";
import { library } from "./content";
import { AFTER_SIGN_UP, signUp } from "./sign-up";

// Keyboard-only journeys: nothing here clicks. Every stop the Tab key makes must show a focus ring.

interface Focused {
  tag: string;
  id: string;
  text: string;
  ring: boolean;
}

/** What has focus now, and whether it has a visible outline (box-shadow rings are not counted: chips use them unfocused). */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", id: "", text: "", ring: false };
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
    return { tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent ?? "").trim().slice(0, 60), ring };
  });
}

/** Presses Tab until `want` matches the focused element, checking the focus ring at every stop on the way. */
async function tabTo(page: Page, want: (f: Focused) => boolean, maxStops = 80): Promise<Focused> {
  for (let i = 0; i < maxStops; i += 1) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.tag !== "body") expect(f.ring, `focus ring on <${f.tag} id="${f.id}"> "${f.text}"`).toBe(true);
    if (want(f)) return f;
  }
  throw new Error(`Tab never reached the wanted element in ${maxStops} stops`);
}

test("an exercise answered and checked with the keyboard alone, focus visible at every stop", async ({ page }) => {
  const lib = await library();
  const ex = lib.items.find((i) => i.kind === "derivation" && !i.ask.some((a) => a.includes("[")));
  if (!ex || ex.kind !== "derivation") throw new Error("need a derivation exercise");
  const seed = 5;
  const truth = backprop(buildInstance(ex, seed));
  const cells = new Map<string, number>();
  for (const q of askedQuantities(ex)) {
    for (const [i, row] of gridOf(truth[q.key], q).entries())
      for (const [j, v] of row.entries()) cells.set(`${q.ask}|${i}|${j}`, v);
  }
  await page.goto(`/cards/${ex.id}?seed=${seed}`);
  await expect(page.getByRole("img", { name: /network/ })).toBeVisible();

  // One forward pass with Tab: type each answer as its cell takes focus, then press Enter on the check button.
  const filled = new Set<string>();
  for (let stop = 0; ; stop += 1) {
    expect(stop, "Tab reaches every answer cell and then the check button").toBeLessThan(200);
    await page.keyboard.press("Tab");
    const f = await focused(page);
    expect(f.ring, `focus ring on <${f.tag} id="${f.id}"> "${f.text}"`).toBe(true);
    const value = cells.get(f.id);
    if (value !== undefined) {
      await page.keyboard.type(String(value));
      filled.add(f.id);
    }
    if (f.tag === "button" && f.text === "Check my answers" && filled.size === cells.size) break;
  }
  await page.keyboard.press("Enter");
  await expect(page.getByText("Checked by the server.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "✓ All right" })).toBeVisible();
});

test("sign up and review with the keyboard alone, focus visible at every stop", async ({ page }) => {
  await page.goto("/signup");
  await tabTo(page, (f) => f.tag === "input" && f.id.toLowerCase().includes("email"));
  await page.keyboard.type(`keys-${Date.now()}@example.com`);
  await tabTo(page, (f) => f.tag === "input" && f.id.toLowerCase().includes("password"));
  await page.keyboard.type("correct horse battery");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(AFTER_SIGN_UP);

  await page.goto("/review?deck=foundations");
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  // The review's keys are live (a key pressed before hydration does nothing).
  await expect(page.locator("body")).toHaveAttribute("data-review-keys", "");
  for (let n = 0; n < 2; n += 1) {
    const left = await page.getByText(/\d+ left/).textContent();
    if (await page.getByRole("button", { name: /^Check/ }).isVisible()) await page.keyboard.press("1");
    // Reveal with Tab + Enter on the button itself rather than the Space shortcut.
    const reveal = page.getByRole("button", { name: /Show answer|^Check/ });
    if (await reveal.isVisible()) {
      await tabTo(page, (f) => f.tag === "button" && /Show answer|^Check/.test(f.text));
      await page.keyboard.press("Enter");
    }
    const rate = page.getByRole("group", { name: "Rate how well you knew it" });
    await expect(rate).toBeVisible();
    await tabTo(page, (f) => f.tag === "button" && /Good/.test(f.text));
    await page.keyboard.press("Enter");
    await expect(page.getByText(/\d+ left/)).not.toHaveText(left!);
  }
});

test("Space reveals after Review is opened with the header link, focus still on that link", async ({ page }) => {
  await signUp(page, `header-keys-${Date.now()}@example.com`);

  // A mark on the window survives only a client-side navigation: a full load would put focus on the body anyway.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" });
  await link.click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await expect(page.locator("body")).toHaveAttribute("data-review-keys", "");
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(link).toBeFocused();

  await expect(page.getByRole("button", { name: /Show answer/ })).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByRole("group", { name: "Rate how well you knew it" })).toBeVisible();
});

test("difficulty chips say their difficulty in words, not only in colour", async ({ page }) => {
  await page.goto("/decks/foundations");
  const chips = page.locator("[data-difficulty]");
  expect(await chips.count()).toBeGreaterThan(0);
  for (const text of await chips.allTextContents()) expect(text.trim()).toMatch(/^(Easy|Medium|Hard)$/);
});
