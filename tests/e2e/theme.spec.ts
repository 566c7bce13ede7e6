import { expect, test, type Page } from "@playwright/test";

const themeSelect = (page: Page) => page.getByRole("banner").getByLabel("Theme");
const htmlIsDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains("dark"));

/** The body background's lightness, 0 (black) to 1 (white), whether Chromium reports it as oklch() or rgb(). */
const bodyLightness = (page: Page) =>
  page.evaluate(() => {
    const colour = getComputedStyle(document.body).backgroundColor;
    const oklch = /^oklch\(([\d.]+)(%?)/.exec(colour);
    if (oklch) return Number(oklch[1]) / (oklch[2] ? 100 : 1);
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number);
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  });

test("Dark overrides a light system and survives a reload; System follows the system again", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/tags");
  await expect(themeSelect(page)).toBeEnabled();
  await expect(themeSelect(page)).toHaveValue("system");
  expect(await htmlIsDark(page)).toBe(false);
  expect(await bodyLightness(page)).toBeGreaterThan(0.9);

  await themeSelect(page).selectOption("dark");
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  expect(await bodyLightness(page)).toBeLessThan(0.25);

  await page.reload();
  // Set before the first paint, not after hydration: the class is there before the switch is live.
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(themeSelect(page)).toHaveValue("dark");
  expect(await bodyLightness(page)).toBeLessThan(0.25);

  // Light wins over a dark system.
  await page.emulateMedia({ colorScheme: "dark" });
  await themeSelect(page).selectOption("light");
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  expect(await bodyLightness(page)).toBeGreaterThan(0.9);

  await themeSelect(page).selectOption("system");
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(themeSelect(page)).toHaveValue("system");
  expect(await htmlIsDark(page)).toBe(false);
});

test("the playground's heatmap follows the chosen theme, not only the system's", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/playground");
  await expect(page.locator("[data-playground]")).toHaveAttribute("data-hydrated", "");
  const canvas = page.getByRole("img", { name: /Decision boundary/ });
  // Mean lightness of the painted canvas: the unsure middle is near-white in light mode and near-black in dark.
  const canvasLightness = () =>
    canvas.evaluate((el: HTMLCanvasElement) => {
      const { data } = el.getContext("2d")!.getImageData(0, 0, el.width, el.height);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      return sum / (data.length / 4) / 255;
    });
  const light = await canvasLightness();
  await themeSelect(page).selectOption("dark");
  await expect.poll(canvasLightness).toBeLessThan(light - 0.2);
  await themeSelect(page).selectOption("light");
  await expect.poll(canvasLightness).toBeGreaterThan(light - 0.05);
});
