import { expect, test, type Page } from "@playwright/test";
import { library } from "./content";

/** The card's keyboard shortcuts are live: a key pressed before hydration does nothing (CI once pressed one too early). */
const keysReady = (page: Page) => expect(page.locator("body")).toHaveAttribute("data-card-keys", "");

test("a Q&A card hides its answer until revealed, by click or by Space", async ({ page }) => {
  const lib = await library();
  const qa = lib.items.find((i) => i.kind === "qa")!;
  await page.goto(`/cards/${qa.id}`);
  await expect(page.getByRole("heading", { level: 1, name: qa.title })).toBeVisible();
  const answer = page.getByRole("region", { name: "Answer" });
  await expect(answer).toBeHidden();
  await page.getByText("Show answer").click();
  await expect(answer).toBeVisible();
  await page.getByText("Hide answer").click();
  await expect(answer).toBeHidden();
  await keysReady(page);
  await page.locator("body").press("Space");
  await expect(answer).toBeVisible();
});

test("formulas are rendered on the server and no KaTeX JavaScript reaches the browser", async ({ page }) => {
  const lib = await library();
  const withMath = lib.items.find((i) => i.kind === "qa" && /\$/.test(i.sections.question?.source ?? ""))!;
  const scripts: string[] = [];
  page.on("request", (req) => {
    if (req.resourceType() === "script") scripts.push(req.url());
  });
  const response = await page.goto(`/cards/${withMath.id}`);
  const html = await response!.text();
  expect(html).toContain('class="katex"');
  await expect(page.locator(".katex").first()).toBeVisible();
  // KaTeX fonts come from the app itself.
  const fontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((f) => f.family.includes("KaTeX") && f.status === "loaded");
  });
  expect(fontLoaded).toBe(true);
  for (const url of scripts) {
    expect(new URL(url).origin).toBe(new URL(page.url()).origin);
    const body = await (await page.request.get(url)).text();
    expect(body, url).not.toContain("KaTeX parse error");
    expect(body, url).not.toMatch(/katex\.render|renderToString\(/);
  }
});

test("a card's calculator shows typeset formulas without KaTeX JavaScript, and loads KaTeX only after an edit", async ({
  page,
}) => {
  const lib = await library();
  const card = lib.items.find(
    (i) =>
      i.kind === "qa" &&
      /<ActivationCalculator\b/.test(
        Object.values(i.sections)
          .map((s) => s.source)
          .join("\n"),
      ),
  );
  if (!card) throw new Error("the library needs a Q&A card that embeds the activation calculator");
  // Every script the page fetches, sorted by whether it holds KaTeX's own code (its parse-error message).
  const katexScripts: string[] = [];
  const bodies: Array<Promise<void>> = [];
  page.on("response", (res) => {
    if (res.request().resourceType() !== "script") return;
    bodies.push(
      res.text().then((body) => {
        if (body.includes("KaTeX parse error")) katexScripts.push(res.url());
      }),
    );
  });
  // A hydration mismatch shows up as a console error (React's recoverable error) or an uncaught page error.
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(msg.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));

  const response = await page.goto(`/cards/${card.id}`);
  // Typeset in the server's HTML: a formula still waiting for KaTeX would carry data-tex-pending instead.
  const html = await response!.text();
  expect(html).toContain('data-calculator="activation"');
  expect(html).not.toContain("data-tex-pending");
  const calc = page.locator('[data-calculator="activation"]');
  const formulas = () => calc.locator("[data-tex]").evaluateAll((els) => els.map((e) => e.getAttribute("data-tex")));
  const allTypeset = () =>
    calc.locator("[data-tex]").evaluateAll((els) => els.length > 0 && els.every((e) => e.querySelector(".katex")));
  const katexLoaded = async () => {
    await Promise.all(bodies);
    return katexScripts.length > 0;
  };
  // Hydrated and committed: the inputs respond from here on.
  await expect(calc).toHaveAttribute("data-hydrated", "");
  await page.waitForLoadState("networkidle");
  expect(await allTypeset()).toBe(true);
  await expect(calc.locator("[data-tex-pending]")).toHaveCount(0);
  expect(await katexLoaded()).toBe(false);

  const before = await formulas();
  await page.getByText("Show answer").click();
  await calc.locator('[name="x"]').fill("0");
  // The new formulas, typeset by the KaTeX chunk the edit fetched.
  await expect
    .poll(
      async () =>
        (await calc.locator("[data-tex-pending]").count()) === 0 && (await formulas()).join() !== before.join(),
    )
    .toBe(true);
  expect(await allTypeset()).toBe(true);
  await expect.poll(katexLoaded).toBe(true);
  expect(problems).toEqual([]);
});

test("an MCQ answered right, then wrong, shows which choices were right and why", async ({ page }) => {
  const { singleAnswer: mcq } = await library();
  const right = mcq.choices.findIndex((c) => c.correct);
  const wrong = mcq.choices.findIndex((c) => !c.correct);
  await page.goto(`/cards/${mcq.id}`);

  // Choices are shown shuffled: picked by id (their place in the content file), keyed by where they are shown.
  await page.locator(`input[data-choice-id="${right}"]`).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("status")).toHaveText(/Correct/);
  await expect(page.getByText("Correct, and you picked it.")).toBeVisible();

  // Checking loaded the graded page (a GET form), so its shortcuts start over; the order is the same.
  await keysReady(page);
  const wrongChoice = page.locator(`input[data-choice-id="${wrong}"]`);
  const wrongKey = Number(await wrongChoice.getAttribute("data-choice-index")) + 1;
  await page.locator("body").press(String(wrongKey));
  await expect(wrongChoice).toBeChecked();
  await wrongChoice.press("Enter");
  await expect(page.getByRole("status")).toHaveText(/Not quite/);
  await expect(page.getByText("Wrong, and you picked it.")).toBeVisible();
  await expect(page.getByText("This was the right answer.")).toBeVisible();
});

test("submitting an MCQ with nothing picked asks for a pick instead of grading", async ({ page }) => {
  const { singleAnswer: mcq } = await library();
  await page.goto(`/cards/${mcq.id}`);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("status")).toHaveText(/Pick at least one/);
});

test("arrow keys move through the deck", async ({ page }) => {
  const lib = await library();
  const deck = lib.decks[0]!;
  const items = lib.items.filter((i) => i.deck === deck.id);
  await page.goto(`/cards/${items[0]!.id}`);
  await keysReady(page);
  await page.locator("body").press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/cards/${items[1]!.id}$`));
  await keysReady(page);
  await page.locator("body").press("ArrowLeft");
  await expect(page).toHaveURL(new RegExp(`/cards/${items[0]!.id}$`));
});

test("arrow keys stay on the card while they move an MCQ pick or typed answers would be lost", async ({ page }) => {
  const lib = await library();
  const hasNext = (id: string, deck: string) => {
    const inDeck = lib.items.filter((i) => i.deck === deck);
    return inDeck.findIndex((i) => i.id === id) < inDeck.length - 1;
  };
  const mcq = lib.items.find(
    (i) =>
      i.kind === "mcq" &&
      i.choices.length >= 3 &&
      i.choices.filter((c) => c.correct).length === 1 &&
      hasNext(i.id, i.deck),
  )!;
  await page.goto(`/cards/${mcq.id}`);
  await keysReady(page);
  // On a radio, arrows are the browser's way to move the pick: they used to leave for the next card as well.
  await page.locator("input[data-choice-index='0']").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  const third = page.locator("input[data-choice-index='2']");
  await expect(third).toBeChecked();
  await page.keyboard.press("Enter");
  // The pick sent is the third shown choice's id, not its position.
  await expect(page).toHaveURL(new RegExp(`/cards/${mcq.id}\\?checked=1&pick=${await third.getAttribute("value")}$`));

  const exercise = lib.items.find((i) => i.kind === "derivation" && hasNext(i.id, i.deck))!;
  await page.goto(`/cards/${exercise.id}`);
  const cells = page.getByRole("form", { name: "Your answers" }).getByRole("textbox");
  await keysReady(page);
  for (const cell of await cells.all()) await cell.fill("0.5");
  await page.locator("body").press("ArrowRight");
  // A server round trip, by which time a navigation the arrow started would have landed.
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText("Checked by the server.")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/cards/${exercise.id}$`));
  await expect(cells.first()).toHaveValue("0.5");
});

test("Enter on a graded MCQ's Reset link resets it, pick cleared, instead of checking again", async ({ page }) => {
  const { singleAnswer: mcq } = await library();
  await page.goto(`/cards/${mcq.id}?checked=1&pick=0`);
  await page.getByRole("link", { name: "Reset" }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`/cards/${mcq.id}$`));
  // A fresh start: the previous pick is not still checked.
  await expect(page.getByRole("button", { name: "Check answer" })).toBeVisible();
  await expect(page.locator("form[data-mcq] input:checked")).toHaveCount(0);
});

test("reading works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { singleAnswer: mcq } = await library();
  await page.goto(`/cards/${mcq.id}`);
  const right = mcq.choices.findIndex((c) => c.correct);
  await page.locator(`input[data-choice-id="${right}"]`).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("status")).toHaveText(/Correct/);
  await context.close();
});

test.describe("on a touch screen without a mouse", () => {
  test.use({ hasTouch: true });

  test("keyboard hints are hidden, while the choices and buttons stay", async ({ page }) => {
    const { singleAnswer } = await library();
    await page.goto(`/cards/${singleAnswer.id}`);
    // Emulated touch makes the device's only pointer coarse and unable to hover, as on a phone.
    expect(await page.evaluate(() => matchMedia("(pointer: coarse) and (hover: none)").matches)).toBe(true);
    const hints = page.locator("[data-key-hint]");
    expect(await hints.count()).toBeGreaterThan(0);
    for (const hint of await hints.all()) await expect(hint).toBeHidden();
    await expect(page.getByRole("radio")).toHaveCount(singleAnswer.choices.length);
    await expect(page.getByRole("button", { name: /Check/ })).toBeVisible();
  });
});

test("with a mouse and keyboard, the keyboard hints show", async ({ page }) => {
  const { singleAnswer } = await library();
  await page.goto(`/cards/${singleAnswer.id}`);
  const hints = page.locator("[data-key-hint]");
  expect(await hints.count()).toBeGreaterThan(0);
  for (const hint of await hints.all()) await expect(hint).toBeVisible();
});
