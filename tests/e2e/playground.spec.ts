import { expect, test } from "@playwright/test";
import { openWithScriptsHeld } from "./hold-scripts";

const number = async (text: Promise<string | null>) => Number(await text);

test("the training playground: learning-rate slider, play and pause, edge tooltip, divergence", async ({ page }) => {
  await page.goto("/playground");
  await expect(page.getByRole("heading", { name: "Training playground" })).toBeVisible();
  // The controls are live: an arrow press before hydration moved the bare slider without React seeing it.
  await expect(page.locator("[data-playground]")).toHaveAttribute("data-hydrated", "");

  // The log slider moves a tenth of a decade per arrow press, and its label follows.
  const lr = page.getByLabel("Learning rate");
  const lrValue = page.getByTestId("lr-value");
  await expect(lrValue).toHaveText("0.032");
  await lr.focus();
  await page.keyboard.press("ArrowRight");
  await expect(lrValue).toHaveText("0.04");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(lrValue).toHaveText("0.025");
  await page.keyboard.press("ArrowRight");
  await expect(lrValue).toHaveText("0.032");

  const epoch = page.getByTestId("epoch");
  const trainLoss = page.getByTestId("train-loss");
  await expect(epoch).toHaveText("0");
  const startLoss = await number(trainLoss.textContent());

  await page.getByRole("button", { name: /Play/ }).click();
  await expect.poll(() => number(epoch.textContent()), { timeout: 15_000 }).toBeGreaterThan(50);
  await expect.poll(() => number(trainLoss.textContent())).toBeLessThan(startLoss * 0.8);
  await page.getByRole("button", { name: /Pause/ }).click();
  const paused = await epoch.textContent();
  await page.waitForTimeout(300);
  await expect(epoch).toHaveText(paused ?? "");

  // Hovering an edge shows its weight and its current gradient.
  await page.locator('[data-edge="e0-0-0"]').hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toContainText("x1 → h1.1");
  await expect(tooltip).toContainText(/w = −?[\d.]+(e[−-]?\d+)?, ∂L\/∂w = −?[\d.]+/);

  // Keyboard users reach the same tooltips: focus the diagram's first item and arrow along.
  await page.locator('[data-unit="u0-0"]').focus();
  await expect(tooltip).toContainText("activation over the plane");

  // A learning rate of 10 with plain SGD on squared error blows up: a message, not a broken page.
  await page.getByLabel("Output and loss").selectOption({ label: "Identity + MSE" });
  await page.getByLabel("Optimizer").selectOption("sgd");
  await lr.focus();
  await page.keyboard.press("End");
  await expect(lrValue).toHaveText("10");
  await page.getByRole("button", { name: /Play/ }).click();
  const alert = page.getByRole("alert").filter({ hasText: "diverged" });
  await expect(alert).toBeVisible({ timeout: 10_000 });
  await expect(alert).toContainText("Lower the learning rate");
  await expect(page.getByRole("button", { name: /Play/ })).toBeDisabled();
  await page.getByRole("button", { name: /Reset/ }).click();
  await expect(alert).toBeHidden();
  await expect(epoch).toHaveText("0");
});

test("controls changed before the page is interactive are trained on once it is", async ({ page }) => {
  const release = await openWithScriptsHeld(page, "/playground");
  const playground = page.locator("[data-playground]");
  await expect(page.getByTestId("lr-value")).toHaveText("0.032");
  await expect(page.getByLabel("Layer 1 units")).toHaveValue("4");
  await page.getByLabel("Learning rate").focus();
  await page.keyboard.press("ArrowRight");
  await page.getByLabel("Hidden layers").selectOption("3");
  await page.getByLabel("Layer 1 units").selectOption("6");
  await expect(playground).not.toHaveAttribute("data-hydrated");
  release();
  await expect(playground).toHaveAttribute("data-hydrated", "");
  // The label and the network follow the controls: the settings took the early changes in.
  await expect(page.getByTestId("lr-value")).toHaveText("0.04");
  await expect(page.getByLabel("Layer 1 units")).toHaveValue("6");
  await expect(page.getByLabel("Layer 3 units")).toBeVisible();
  // The diagram draws only on the client: six units in the first hidden layer (u1; u0 is the input) where the
  // default has four, and three hidden layers where the default has two (the output moves from u3 to u4).
  await expect(page.locator('[data-unit="u1-5"]')).toBeAttached();
  await expect(page.locator('[data-unit="u1-6"]')).toHaveCount(0);
  await expect(page.locator('[data-unit="u4-0"]')).toBeAttached();
});

test("the settings live in the URL: a reload keeps them, a shared link reproduces them, bad values fall back", async ({
  page,
  browser,
}) => {
  const playground = page.locator("[data-playground]");
  await page.goto("/playground");
  await expect(playground).toHaveAttribute("data-hydrated", "");
  await page.getByLabel("Dataset").selectOption("spiral");
  await page.getByLabel("Hidden layers").selectOption("1");
  await page.getByLabel("Layer 1 units").selectOption("7");
  await page.getByLabel("Optimizer").selectOption("momentum");
  await page.getByLabel("Learning rate").focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("lr-value")).toHaveText("0.05");
  // The address bar follows (debounced), with every setting named.
  await expect(page).toHaveURL(/[?&]dataset=spiral(&|$)/);
  await expect(page).toHaveURL(/[?&]layers=7-tanh(&|$)/);
  await expect(page).toHaveURL(/[?&]optimizer=momentum(&|$)/);
  await expect(page).toHaveURL(/[?&]lr=0\.05(&|$)/);

  const expectSettings = async (p: typeof page) => {
    await expect(p.locator("[data-playground]")).toHaveAttribute("data-hydrated", "");
    await expect(p.getByLabel("Dataset")).toHaveValue("spiral");
    await expect(p.getByLabel("Layer 1 units")).toHaveValue("7");
    await expect(p.getByLabel("Layer 2 units")).toHaveCount(0);
    await expect(p.getByLabel("Optimizer")).toHaveValue("momentum");
    await expect(p.getByTestId("lr-value")).toHaveText("0.05");
    // The network drawn is the one the settings describe: seven units in its one hidden layer.
    await expect(p.locator('[data-unit="u1-6"]')).toBeAttached();
    await expect(p.locator('[data-unit="u1-7"]')).toHaveCount(0);
  };
  await page.reload();
  await expectSettings(page);

  // A fresh browser context (no history, no restored form state) opening the copied link sees the same settings.
  const other = await browser.newContext();
  const shared = await other.newPage();
  await shared.goto(page.url());
  await expectSettings(shared);
  await other.close();

  // Bad values fall back to their defaults, one by one, and the page still works.
  await page.goto("/playground?dataset=mnist&lr=1e9&layers=9-gelu&optimizer=sgd&seed=-4");
  await expect(playground).toHaveAttribute("data-hydrated", "");
  await expect(page.getByLabel("Dataset")).toHaveValue("xor");
  await expect(page.getByTestId("lr-value")).toHaveText("0.032");
  await expect(page.getByLabel("Layer 1 units")).toHaveValue("4");
  await expect(page.getByLabel("Optimizer")).toHaveValue("sgd");
  await expect(page.getByLabel("Seed")).toHaveValue("1");
  await page.getByRole("button", { name: /Step/ }).click();
  await expect(page.getByTestId("epoch")).toHaveText("1");
});

// On a phone the settings came first and pushed Play below the fold: a new learner saw no way to start.
test.describe("Play is on the first screen", () => {
  for (const { label, width, height } of [
    { label: "a phone", width: 390, height: 844 },
    { label: "a laptop", width: 1366, height: 768 },
  ]) {
    test(`on ${label} (${width}×${height}), and Enter on it starts training`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto("/playground");
      await expect(page.locator("[data-playground]")).toHaveAttribute("data-hydrated", "");
      const play = page.getByRole("button", { name: /Play/ });
      const box = await play.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The chart is still there, right under the controls.
      await expect(page.getByRole("img", { name: /^Loss over/ })).toBeVisible();
      await play.focus();
      await page.keyboard.press("Enter");
      await expect.poll(async () => Number(await page.getByTestId("epoch").textContent())).toBeGreaterThan(0);
    });
  }
});
