import { expect, test, type Page } from "@playwright/test";
import { openWithScriptsHeld } from "./hold-scripts";

/** One input per calculator to change, and the value that must change a result. */
const EDITS = [
  { slug: "activation", title: "Activation and slope", input: "x", value: "0" },
  { slug: "softmax", title: "Softmax and cross-entropy", input: "logits", value: "0, 0, 3" },
  { slug: "initialization", title: "Weight initialization", input: "fanin", value: "512" },
  { slug: "normalization", title: "BatchNorm and LayerNorm", input: "x", value: "1,2;3,5;5,9" },
  { slug: "optimizer", title: "Optimizer steps", input: "steps", value: "5" },
  { slug: "schedule", title: "Learning-rate schedule", input: "at", value: "500" },
  { slug: "gradient-check", title: "Gradient check", input: "seed", value: "7" },
  { slug: "memory", title: "Training memory", input: "batch", value: "128" },
] as const;

/** Everything in the results column, to compare before and after an edit. */
const results = (page: Page) => page.locator("[data-calculator] [data-results]").innerText();

/** Typing into a calculator before React owns its inputs is lost (CI once filled one too early). */
const hydrated = (page: Page, slug: string) =>
  expect(page.locator(`[data-calculator="${slug}"]`)).toHaveAttribute("data-hydrated", "");

test("the index lists every calculator, and each one recomputes when an input changes", async ({ page }) => {
  await page.goto("/calculators");
  await expect(page.getByRole("heading", { level: 1, name: "Calculators" })).toBeVisible();
  for (const { title } of EDITS) await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();

  for (const { slug, title, input, value } of EDITS) {
    await page.goto(`/calculators/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await hydrated(page, slug);
    const before = await results(page);
    expect(before, slug).not.toBe("");
    await page.locator(`[data-calculator="${slug}"] [name="${input}"]`).fill(value);
    await expect.poll(() => results(page), { message: slug }).not.toBe(before);
    // The state follows into the address bar (debounced), so the link reproduces it.
    await expect(page, slug).toHaveURL(
      new RegExp(`[?&]${input}=${encodeURIComponent(value).replace(/%20/g, "(\\+|%20)")}`),
    );
    await expect(page.locator(`[data-calculator="${slug}"] .katex`).first(), slug).toBeVisible();
  }
});

test("a value typed before the page is interactive is computed once it is", async ({ page }) => {
  const release = await openWithScriptsHeld(page, "/calculators/activation?fn=sigmoid&x=-5");
  const calc = page.locator('[data-calculator="activation"]');
  await expect(calc.locator('[data-stat="f′(x)"]')).toHaveText("0.006648");
  await calc.locator('[name="x"]').fill("0");
  await expect(calc).not.toHaveAttribute("data-hydrated");
  release();
  await hydrated(page, "activation");
  await expect(calc.locator('[name="x"]')).toHaveValue("0");
  await expect(calc.locator('[data-stat="f′(x)"]')).toHaveText("0.25");
  await expect(page).toHaveURL(/[?&]x=0(&|$)/);
});

test("a link with the state in its query string opens the calculator in that state", async ({ page }) => {
  await page.goto("/calculators/softmax?logits=1000,0,-1000&target=1");
  await expect(page.locator('[name="logits"]')).toHaveValue("1000,0,-1000");
  await expect(page.locator("[data-prob='0']")).toHaveText("1");
  await expect(page.locator("[data-naive='overflow']")).toContainText("Naive version overflows");
  await expect(page.getByText("1 (target)")).toBeVisible();
});

test("the gradient check blames the step, not the backward pass, when ε is too small or too large", async ({
  page,
}) => {
  for (const { eps, verdict, region } of [
    { eps: "1e-12", verdict: "⚠ ε too small (round-off)", region: "round-off" },
    { eps: "1", verdict: "⚠ ε too large (truncation)", region: "truncation" },
    { eps: "1e-5", verdict: "✓ great", region: "good ε" },
  ]) {
    await page.goto(`/calculators/gradient-check?eps=${eps}`);
    await hydrated(page, "gradient-check");
    const calc = page.locator('[data-calculator="gradient-check"]');
    await expect(calc.locator('[data-stat="Verdict"]'), eps).toHaveText(verdict);
    await expect(calc.locator("[data-verdict]"), eps).not.toContainText("bug");
    const curve = calc.getByRole("img", { name: /Largest relative error against ε/ });
    await expect(curve).toBeVisible();
    // The chosen ε is marked inside the region named for it.
    const band = await calc.locator(`[data-region="${region}"] rect`).boundingBox();
    const mark = await curve.locator("circle").boundingBox();
    expect(band && mark, eps).toBeTruthy();
    const middle = mark!.x + mark!.width / 2;
    expect(middle, eps).toBeGreaterThanOrEqual(band!.x - 1);
    expect(middle, eps).toBeLessThanOrEqual(band!.x + band!.width + 1);
    await expect(calc, eps).not.toContainText("∞");
  }
});

test("an invalid input shows an inline message tied to the input", async ({ page }) => {
  await page.goto("/calculators/activation");
  await hydrated(page, "activation");
  const x = page.locator('[name="x"]');
  await x.fill("abc");
  const calc = page.locator('[data-calculator="activation"]');
  const alert = calc.getByRole("alert");
  await expect(alert).toContainText("is not a number");
  await expect(x).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await x.getAttribute("aria-describedby")) ?? "";
  expect(describedBy).toContain(await alert.getAttribute("id"));
  await x.fill("1e9");
  await expect(calc.getByRole("alert")).toContainText("must lie in");
  await x.fill("2");
  await expect(calc.getByRole("alert")).toHaveCount(0);
});

test("the calculator embedded in a card works and leaves the card's URL alone", async ({ page }) => {
  await page.goto("/cards/gh-sigmoid-saturation");
  await page.getByText("Show answer").click();
  const calc = page.locator('[data-calculator="activation"]');
  await expect(calc).toBeVisible();
  await expect(calc.locator('[data-stat="f′(x)"]')).toHaveText("0.006648");
  await hydrated(page, "activation");
  await calc.locator('[name="x"]').fill("0");
  await expect(calc.locator('[data-stat="f′(x)"]')).toHaveText("0.25");
  await expect(calc.getByRole("link", { name: "Open on its own page" })).toHaveAttribute(
    "href",
    /\/calculators\/activation\?.*x=0/,
  );
  await page.waitForTimeout(500);
  expect(new URL(page.url()).search).toBe("");
});
