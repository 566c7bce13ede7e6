import { expect, test, type Page } from "@playwright/test";
import { openWithScriptsHeld } from "./hold-scripts";

const ORDER = ["z1", "a1", "z2", "a2", "loss", "dz2", "dW2", "db2", "da1", "dz1", "dW1", "db1", "dx"];

const calc = (page: Page) => page.locator('[data-calculator="backprop-step"]');
const stepName = (page: Page) => calc(page).locator("[data-step-name]");
const currentLine = (page: Page) => calc(page).locator('li[aria-current="step"]');
const next = (page: Page) => calc(page).getByRole("button", { name: "Next →" });

async function open(page: Page, query = "") {
  await page.goto(`/calculators/backprop-step${query}`);
  await expect(page.getByRole("heading", { level: 1, name: "Backprop step-through" })).toBeVisible();
  // The step buttons are enabled once the page has hydrated.
  await expect(next(page)).toBeEnabled();
}

test("Next walks all 13 steps, moving the step name and the pseudocode's current line", async ({ page }) => {
  await open(page);
  await expect(stepName(page)).toContainText("Step 0 of 13");
  await expect(currentLine(page)).toHaveCount(0);
  for (const [i, key] of ORDER.entries()) {
    const before = await stepName(page).innerText();
    await next(page).click();
    await expect(stepName(page)).not.toHaveText(before);
    await expect(stepName(page)).toContainText(`Step ${i + 1} of 13`);
    await expect(currentLine(page)).toHaveCount(1);
    await expect(currentLine(page)).toHaveAttribute("data-line", key);
    await expect(currentLine(page)).toContainText("▶");
    await expect(calc(page).locator("[data-done]")).toHaveCount(i + 1);
  }
  await expect(stepName(page)).toContainText("input gradient dx");
  await expect(calc(page).locator("[data-current-step]")).toHaveAttribute("data-current-step", "dx");
  await expect(next(page)).toBeDisabled();
  await expect(calc(page).locator('[data-node="input"][data-lit]')).toHaveCount(2);
  await expect(calc(page).locator(".katex").first()).toBeVisible();
  await expect(page).toHaveURL(/[?&]step=13/);

  // The arrow keys step too (not while typing in a field), and Reset goes back to the start.
  await calc(page).getByRole("button", { name: "← Prev" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(currentLine(page)).toHaveAttribute("data-line", "db1");
  await page.keyboard.press("ArrowRight");
  await expect(currentLine(page)).toHaveAttribute("data-line", "dx");
  await calc(page).getByRole("button", { name: "Reset" }).click();
  await expect(stepName(page)).toContainText("Step 0 of 13");
});

test("changing a weight changes z1 at step 1, and the diagram lights the layer", async ({ page }) => {
  await open(page);
  await next(page).click();
  const value = calc(page).locator("[data-step-value]");
  await expect(value).toHaveAttribute("data-step-value", "\\begin{bmatrix}0.25 & 0.1\\end{bmatrix}");
  await expect(calc(page).locator('[data-edge="W1"][data-lit]')).toHaveCount(4);
  await expect(calc(page).locator('[data-edge="W2"][data-lit]')).toHaveCount(0);
  await calc(page).locator('[name="W1"]').fill("0.2, -0.2; 0.3, 0.4");
  await expect(value).toHaveAttribute("data-step-value", "\\begin{bmatrix}0.35 & 0.1\\end{bmatrix}");
  await expect(stepName(page)).toContainText("z1");
  await expect(page).toHaveURL(/[?&]W1=0\.2/);
});

test("invalid matrix text shows the engine's message inline next to its field", async ({ page }) => {
  await open(page);
  const W1 = calc(page).locator('[name="W1"]');
  await W1.fill("0.1, abc; 0.3, 0.4");
  const alert = calc(page).getByRole("alert");
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText("is not a number");
  await expect(W1).toHaveAttribute("aria-invalid", "true");
  expect((await W1.getAttribute("aria-describedby")) ?? "").toContain(await alert.getAttribute("id"));

  await W1.fill("0.1, -0.2; 0.3, 0.4");
  const W2 = calc(page).locator('[name="W2"]');
  await W2.fill("0.5");
  await expect(alert).toContainText("W2 (h × d_out) must have 2 rows");
  await expect(W2).toHaveAttribute("aria-invalid", "true");

  await W2.fill("0.5; -0.6");
  await calc(page).locator('[name="output"]').selectOption("tanh");
  await calc(page).locator('[name="loss"]').selectOption("bce");
  await expect(calc(page).locator('[name="output"]')).toHaveValue("sigmoid");
  await calc(page).locator('[name="output"]').selectOption("tanh");
  await expect(alert).toContainText('needs output activation "sigmoid"');
  await expect(calc(page).locator('[name="output"]')).toHaveAttribute("aria-invalid", "true");
});

test("a URL with state reproduces it, and Random draws a network from a seed into the URL", async ({ page }) => {
  const query =
    "?din=1&h=2&dout=1&n=2&x=1;2&W1=0.5,-1&b1=0,0&W2=1;1&b2=0&y=0.5;1&hidden=relu&output=identity&loss=mse&seed=5&step=3";
  await open(page, query);
  await expect(calc(page).locator('[name="x"]')).toHaveValue("1;2");
  await expect(calc(page).locator('[name="hidden"]')).toHaveValue("relu");
  await expect(currentLine(page)).toHaveAttribute("data-line", "z2");
  // z1 = [0.5, −1] and [1, −2]; ReLU keeps the positive parts; z2 = a1 · [1; 1].
  await expect(calc(page).locator("[data-step-value]")).toHaveAttribute(
    "data-step-value",
    "\\begin{bmatrix}0.5 \\\\ 1\\end{bmatrix}",
  );

  await calc(page).locator('[name="seed"]').fill("42");
  await calc(page).getByRole("button", { name: "Draw from seed" }).click();
  await expect(stepName(page)).toContainText("Step 0 of 13");
  const drawn = await calc(page).locator('[name="W1"]').inputValue();
  expect(drawn).not.toBe("0.5,-1");
  await expect(page).toHaveURL(/[?&]seed=42(&|$)/);
  await calc(page).getByRole("button", { name: "Random" }).click();
  await expect(page).not.toHaveURL(/[?&]seed=42(&|$)/);
  await expect(page).toHaveURL(/[?&]seed=\d+/);
});

test("two sizes changed before the page is interactive both reshape the network once it is", async ({ page }) => {
  const release = await openWithScriptsHeld(page, "/calculators/backprop-step");
  await calc(page).locator('[name="din"]').selectOption("3");
  await calc(page).locator('[name="h"]').selectOption("4");
  await expect(next(page)).toBeDisabled();
  release();
  await expect(next(page)).toBeEnabled();
  // rows × columns of each matrix text ("a, b; c, d")
  const shape = async (name: string) => {
    const rows = (await calc(page).locator(`[name="${name}"]`).inputValue()).split(";");
    return [rows.length, ...new Set(rows.map((r) => r.split(",").length))];
  };
  expect(await shape("x")).toEqual([1, 3]);
  expect(await shape("W1")).toEqual([3, 4]);
  expect(await shape("b1")).toEqual([1, 4]);
  expect(await shape("W2")).toEqual([4, 1]);
  await expect(calc(page).getByRole("alert")).toHaveCount(0);
  await expect(stepName(page)).toContainText("Step 0 of 13");
});
