import { expect, test } from "@playwright/test";
import { library } from "./content";

test("home lists every deck with its card count and difficulty mix", async ({ page }) => {
  const lib = await library();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const deck of lib.decks) {
    const items = lib.items.filter((i) => i.deck === deck.id);
    const n = (d: string) => items.filter((i) => i.difficulty === d).length;
    const tile = page.getByRole("link", { name: new RegExp(`^${deck.title}`) });
    await expect(tile).toContainText(`${items.length} cards`);
    await expect(tile).toContainText(`${n("easy")} easy, ${n("medium")} medium, ${n("hard")} hard`);
  }
});

test("a deck lists its cards with chips and filters by difficulty and tag", async ({ page }) => {
  const lib = await library();
  const deck = lib.decks[0]!;
  const items = lib.items.filter((i) => i.deck === deck.id);
  await page.goto(`/decks/${deck.id}`);
  await expect(page.getByRole("heading", { level: 1, name: deck.title })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: page.locator('a[href^="/cards/"]') })).toHaveCount(
    items.length,
  );

  await page.getByRole("navigation", { name: "Filter by difficulty" }).getByRole("link", { name: "Hard" }).click();
  await expect(page).toHaveURL(/difficulty=hard/);
  const hard = items.filter((i) => i.difficulty === "hard");
  await expect(page.getByText(`Showing ${hard.length} of ${items.length}`)).toBeVisible();

  const tag = items[0]!.tags[0]!;
  await page.goto(`/decks/${deck.id}?tag=${tag}`);
  const tagged = items.filter((i) => i.tags.includes(tag));
  await expect(page.getByText(`Showing ${tagged.length} of ${items.length}`)).toBeVisible();
});

test("search finds cards by words from their answers", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search all cards" }).fill("chain rule");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=chain\+rule/);
  await expect(page.getByRole("status")).toContainText(/[1-9]\d* cards? match/);
});

test("search results narrow to one kind and difficulty, and new words keep the filter", async ({ page }) => {
  await page.goto("/search?q=gradient");
  const badges = page.locator("main li span.uppercase");
  const all = await badges.count();
  await page.getByRole("navigation", { name: "Filter by kind" }).getByRole("link", { name: "Derive" }).click();
  await expect(page).toHaveURL(/\/search\?q=gradient&kind=derivation$/);
  await expect(page.getByRole("status")).toContainText("(only derivations)");
  const derivations = await badges.allInnerTexts();
  expect(derivations.length).toBeGreaterThan(0);
  expect(derivations.length).toBeLessThan(all);
  expect(new Set(derivations)).toEqual(new Set(["DERIVE"]));
  await expect(
    page.getByRole("navigation", { name: "Filter by kind" }).getByRole("link", { name: "Derive" }),
  ).toHaveAttribute("aria-current", "true");

  // The page's own search box (the header has one too, which starts a fresh search).
  const main = page.getByRole("main");
  await main.getByRole("searchbox", { name: "Search all cards" }).fill("softmax");
  await main.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=softmax&kind=derivation$/);
  await expect(page.getByRole("status")).toContainText(/cards? match.*softmax.*\(only derivations\)/);
  await page.getByRole("navigation", { name: "Filter by kind" }).getByRole("link", { name: "All kinds" }).click();
  await expect(page).toHaveURL(/\/search\?q=softmax$/);
});

test("tags index and a tag page", async ({ page }) => {
  const lib = await library();
  const tag = lib.items[0]!.tags[0]!;
  await page.goto("/tags");
  await page.getByRole("link", { name: new RegExp(`^#${tag}\\b`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `#${tag}` })).toBeVisible();
});

for (const url of ["/decks/no-such-deck", "/cards/no-such-card", "/tags/no-such-tag"]) {
  test(`${url} answers 404 with a way back`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  });
}

test("health reports the database and the content counts", async ({ request }) => {
  const lib = await library();
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.status).toBe("ok");
  expect(body.database.ok).toBe(true);
  expect(body.database.indexedItems).toBe(lib.items.length);
  expect(body.content.items).toBe(lib.items.length);
});

test("a deck with a theory page links to it, and its equations are typeset", async ({ page }) => {
  const lib = await library();
  const withTheory = lib.theory[0];
  expect(withTheory, "the library has at least one theory page").toBeDefined();
  await page.goto(`/decks/${withTheory!.deck}`);
  await page.getByRole("link", { name: "Read the theory" }).click();
  await expect(page.getByRole("heading", { level: 1, name: withTheory!.title })).toBeVisible();
  await expect(page.locator(".katex-display").first()).toBeVisible();
});

test("pages name an icon the server serves, so browsers show it instead of asking for a missing favicon", async ({
  page,
}) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(href).toMatch(/^\/icon/);
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain("∂");
});

// /cards is the signed-in learner's card browser now (tests/e2e/card-browser.spec.ts).
for (const url of ["/decks"]) {
  test(`${url} leads to the deck list on the home page`, async ({ page }) => {
    await page.goto(url);
    await expect(page).toHaveURL(/\/#decks-heading$/);
    await expect(page.getByRole("heading", { level: 2, name: "Decks" })).toBeVisible();
  });
}
