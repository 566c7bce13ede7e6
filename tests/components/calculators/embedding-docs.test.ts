import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import { CALCULATOR_DEFAULTS } from "@/components/calculators/defaults";
import { CALCULATORS } from "@/components/calculators/registry";

// "#tex-ssr" is a build alias (next.config.js); the browser build's empty version serves here.
vi.mock("#tex-ssr", () => import("@/components/calculators/tex-ssr-none"));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("not found");
  },
  usePathname: () => "/calculators",
  useRouter: () => ({ replace: () => {}, push: () => {} }),
  useSearchParams: () => new URLSearchParams(),
}));

const { default: CalculatorPage } = await import("@/app/calculators/[slug]/page");
const docs = readFileSync(path.resolve(import.meta.dirname, "../../../docs/calculators.md"), "utf8");

// Every calculator page ended with a note for content authors ("In a card, embed it as <SoftmaxCalculator />…").
describe.each(CALCULATORS.map((c) => ({ ...c, keys: Object.keys(CALCULATOR_DEFAULTS[c.slug]) })))(
  "$title",
  ({ slug, mdxName, keys }) => {
    test("its page says nothing about embedding it in content", async () => {
      const page = await CalculatorPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve({}) });
      const html = renderToStaticMarkup(page);
      expect(html).toContain("<h1");
      expect(html).not.toContain(mdxName);
      expect(html).not.toMatch(/embed/i);
    });

    test("docs/calculators.md gives its MDX name and every input", () => {
      const row = docs.split("\n").find((line) => line.includes(`<${mdxName} />`));
      expect(row).toBeDefined();
      for (const key of keys) expect(row).toContain(`\`${key}="`);
    });
  },
);
