import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { library } from "./content";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

// One test per page type, each in light and dark mode: no serious or critical axe violation.
const PAGES: Array<{ name: string; url: (lib: Awaited<ReturnType<typeof library>>) => string }> = [
  { name: "home", url: () => "/" },
  { name: "deck", url: (lib) => `/decks/${lib.decks[0]!.id}` },
  { name: "theory", url: (lib) => `/decks/${lib.theory[0]!.deck}/theory` },
  { name: "Q&A card", url: (lib) => `/cards/${lib.items.find((i) => i.kind === "qa")!.id}` },
  { name: "MCQ graded", url: (lib) => `/cards/${lib.singleAnswer.id}?checked=1&pick=0` },
  { name: "exercise", url: (lib) => `/cards/${lib.items.find((i) => i.kind === "derivation")!.id}` },
  { name: "tags", url: () => "/tags" },
  { name: "search", url: () => "/search?q=gradient" },
  { name: "sign in", url: () => "/signin" },
  { name: "review (signed out)", url: () => "/review" },
  { name: "calculators", url: () => "/calculators" },
  { name: "a calculator", url: () => "/calculators/softmax" },
  { name: "playground", url: () => "/playground" },
  { name: "404", url: () => "/no-such-page" },
];

for (const { name, url } of PAGES) {
  test(`${name}: no serious or critical axe violation in light and dark mode`, async ({ page }) => {
    const lib = await library();
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url(lib));
      expect(await seriousViolations(page), `${url(lib)} (${scheme})`).toEqual([]);
    }
  });
}
