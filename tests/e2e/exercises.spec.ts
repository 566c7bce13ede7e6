import { expect, test, type Page } from "@playwright/test";
import { backprop } from "../../lib/engine";
import { instanceFingerprint } from "../../lib/exercises/fingerprint";
import { askedQuantities, buildInstance, gridOf } from "../../lib/exercises/instance";
import { library } from "./content";
import { openWithScriptsHeld } from "./hold-scripts";

async function exercise() {
  const lib = await library();
  const ex = lib.items.find(
    (i) => i.kind === "derivation" && i.ask.includes("dz2") && !i.ask.some((a) => a.includes("[")),
  );
  if (!ex || ex.kind !== "derivation") throw new Error("need an exercise asking dz2");
  return ex;
}

async function fill(page: Page, answers: Record<string, number[][]>) {
  for (const [ask, grid] of Object.entries(answers)) {
    for (const [i, row] of grid.entries()) {
      for (const [j, v] of row.entries()) await page.locator(`[id="${ask}|${i}|${j}"]`).fill(String(v));
    }
  }
}

test("an exercise checked right, then with a classic mistake diagnosed and the solution shown", async ({ page }) => {
  const ex = await exercise();
  const seed = 11;
  const truth = backprop(buildInstance(ex, seed));
  const answers = Object.fromEntries(askedQuantities(ex).map((q) => [q.ask, gridOf(truth[q.key], q)]));
  await page.goto(`/cards/${ex.id}?seed=${seed}`);
  await expect(page.getByRole("img", { name: /network/ })).toBeVisible();

  await fill(page, answers);
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText("Checked by the server.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "✓ All right" })).toBeVisible();

  // Flip the sign of dz2: the checker should name the mistake and the first wrong step.
  await fill(page, { dz2: answers.dz2!.map((r) => r.map((v) => -v)) });
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText("Checked by the server.")).toBeVisible();
  await expect(page.getByText(/First wrong step: dz2/)).toBeVisible();
  await expect(page.getByText("Sign flipped")).toBeVisible();
  await expect(page.getByRole("link", { name: "Review the card that explains it" }).first()).toHaveAttribute(
    "href",
    /\/cards\//,
  );
  // The solution stays closed after a wrong check, so the retry is not spoiled; the next hint is offered first.
  const solution = page.locator("details", { has: page.locator("summary", { hasText: "Step-by-step solution" }) });
  await expect(solution).toBeVisible();
  await expect(solution).not.toHaveAttribute("open");
  if (ex.hints.length > 0) {
    await page.getByRole("button", { name: `Show hint 1 of ${ex.hints.length}` }).click();
    await expect(page.getByText("Hint 1.")).toBeVisible();
  }
  await solution.locator("summary").click();
  await expect(solution.locator("li .katex").first()).toBeVisible();
});

test("numbers the server no longer uses are not graded: the learner is told to reload", async ({ page }) => {
  const ex = await exercise();
  const seed = 11;
  const truth = backprop(buildInstance(ex, seed));
  await page.goto(`/cards/${ex.id}?seed=${seed}`);
  // Stands in for an update between loading the page and checking: the page's fingerprint stops matching.
  let sent: unknown;
  await page.route("**/check", async (route) => {
    sent = route.request().postDataJSON().instance;
    await route.continue({ postData: JSON.stringify({ ...route.request().postDataJSON(), instance: "00000000" }) });
  });
  await fill(page, Object.fromEntries(askedQuantities(ex).map((q) => [q.ask, gridOf(truth[q.key], q)])));
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText(/out of date.*Reload the page/)).toBeVisible();
  expect(sent).toBe(instanceFingerprint(buildInstance(ex, seed)));
  await expect(page.getByText("Checked by the server.")).toBeHidden();
});

test("answers typed while the page is still loading are kept and checked", async ({ page }) => {
  const ex = await exercise();
  const seed = 11;
  const truth = backprop(buildInstance(ex, seed));
  const answers = Object.fromEntries(askedQuantities(ex).map((q) => [q.ask, gridOf(truth[q.key], q)]));
  // The server's answer boxes take typing while the scripts are held back.
  const release = await openWithScriptsHeld(page, `/cards/${ex.id}?seed=${seed}`);
  const check = page.getByRole("button", { name: "Check my answers" });
  // Not yet: a submit now would reload the page (the form has no action) and lose every entry.
  await expect(check).toBeDisabled();
  await fill(page, answers);
  release();
  await expect(page.getByRole("form", { name: "Your answers" })).toHaveAttribute("data-hydrated", "");
  await check.click();
  await expect(page.getByText("Checked by the server.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "✓ All right" })).toBeVisible();
});

test("unreadable input gets an inline message and nothing is sent", async ({ page }) => {
  const ex = await exercise();
  await page.goto(`/cards/${ex.id}?seed=3`);
  let posted = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/check")) posted += 1;
  });
  await page.locator('[id="dz2|0|0"]').fill("1+*");
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText(/not a number or expression/)).toBeVisible();
  await expect(page.getByText(/fill this in/).first()).toBeVisible();
  expect(posted).toBe(0);
});

test("hints reveal one at a time and new numbers change the seed", async ({ page }) => {
  const ex = await exercise();
  await page.goto(`/cards/${ex.id}?seed=3`);
  if (ex.hints.length > 0) {
    await page.getByRole("button", { name: `Show a hint (1 of ${ex.hints.length})` }).click();
    await expect(page.getByText("Hint 1.")).toBeVisible();
    await expect(page.getByText("Hint 2.")).toBeHidden();
  }
  await page.getByRole("button", { name: "New numbers" }).click();
  await expect(page).toHaveURL(/seed=(?!3$)\d+/);
});

// WCAG 2.4.11: a field that gets focus must not end up under the pinned header. The header is pinned from 640 px up
// (one row on a wide window, two on a narrow one) and scrolls away on a phone, where it would take a fifth of the screen.
for (const width of [1280, 700]) {
  test(`at ${width} px, the field a failed check focuses is not hidden under the header`, async ({ page }) => {
    const ex = await exercise();
    await page.setViewportSize({ width, height: 700 });
    await page.goto(`/cards/${ex.id}?seed=3`);
    const first = page.locator('main input[id*="|"]').first();
    await first.fill("1+*");
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole("button", { name: "Check my answers" }).click();
    await expect(first).toBeFocused();
    const headerBottom =
      (await page.getByRole("banner").boundingBox())!.y + (await page.getByRole("banner").boundingBox())!.height;
    expect((await first.boundingBox())!.y).toBeGreaterThanOrEqual(headerBottom);
  });
}

test("on a phone the header scrolls away instead of covering the page", async ({ page }) => {
  const ex = await exercise();
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto(`/cards/${ex.id}?seed=3`);
  await page.evaluate(() => window.scrollTo(0, 600));
  const header = (await page.getByRole("banner").boundingBox())!;
  expect(header.y + header.height).toBeLessThanOrEqual(0);
});

/** The exercise with the most units: its diagram is the tallest and its labels the most crowded. */
async function widestNetwork() {
  const lib = await library();
  const size = (n: { dIn: number; h: number; dOut: number }) => n.dIn * n.h + n.h * n.dOut;
  const exercises = lib.items.flatMap((i) => (i.kind === "derivation" ? [i] : []));
  return exercises.sort((a, b) => size(b.network) - size(a.network))[0]!;
}

/** The rendered font size of every visible text of the network diagram, in CSS pixels. */
const diagramTextSizes = (page: Page) =>
  page.locator('svg[aria-labelledby="network-title"]').evaluate((svg: SVGSVGElement) => {
    const scale = svg.getScreenCTM()!.a;
    return [...svg.querySelectorAll("text")]
      .filter((t) => t.getBoundingClientRect().width > 0)
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
  });

// Scaled to a 390 px phone, the diagram's labels rendered at about 7 px: there the weights are read from the matrices.
test.describe("the network diagram is legible or replaced by the matrices", () => {
  for (const { label, width, height, drawn } of [
    { label: "on a 390 px phone the matrices take its place", width: 390, height: 844, drawn: false },
    { label: "on a laptop it is drawn, every label at 12 px or more", width: 1366, height: 768, drawn: true },
  ]) {
    test(label, async ({ page }) => {
      const ex = await widestNetwork();
      await page.setViewportSize({ width, height });
      await page.goto(`/cards/${ex.id}?seed=3`);
      const diagram = page.getByRole("img", { name: new RegExp(`A ${ex.network.dIn}-${ex.network.h}-`) });
      const matrices = page.getByRole("region", { name: "Weights and biases" });
      await expect(matrices).toBeVisible();
      await expect(matrices.locator(".katex")).toHaveCount(4);
      if (drawn) {
        await expect(diagram).toBeVisible();
        const sizes = await diagramTextSizes(page);
        expect(sizes.length).toBeGreaterThan(0);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      } else {
        await expect(diagram).toBeHidden();
        await expect(page.getByText("given by its weights and biases below rather than drawn")).toBeVisible();
        // The matrices fit the phone: nothing of them is cut off at the screen's edge.
        for (const box of await matrices
          .locator(".katex")
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right)))
          expect(box).toBeLessThanOrEqual(width);
      }
    });
  }
});
