import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { library } from "./content";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

test("every page type has no serious or critical axe violation, in light and dark mode", async ({ page }) => {
  const lib = await library();
  const qa = lib.items.find((i) => i.kind === "qa")!;
  const exercise = lib.items.find((i) => i.kind === "derivation")!;
  const pages = [
    "/",
    `/decks/${lib.decks[0]!.id}`,
    `/cards/${qa.id}`,
    `/cards/${lib.singleAnswer.id}`,
    `/cards/${lib.singleAnswer.id}?checked=1&pick=0`,
    `/cards/${exercise.id}`,
    "/tags",
    `/tags/${qa.tags[0]}`,
    "/search?q=gradient",
    "/signin",
    "/signup",
    "/review",
    "/no-such-page",
  ];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const url of pages) {
      await page.goto(url);
      expect(await seriousViolations(page), `${url} (${scheme})`).toEqual([]);
    }
  }
});
