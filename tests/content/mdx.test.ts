import { run } from "@mdx-js/mdx";
import { createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { compileMdx, MdxCompileError, mdxToPlainText } from "@/lib/content/mdx";

async function render(source: string): Promise<string> {
  const mod = await run(await compileMdx(source), { ...runtime, baseUrl: import.meta.url });
  return renderToStaticMarkup(createElement(mod.default));
}

describe("compileMdx", () => {
  test("renders inline and display math to KaTeX HTML with MathML, and no script", async () => {
    const html = await render("Slope $\\sigma'(z)$ peaks at\n\n$$\n\\frac{1}{4}\n$$\n");
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="katex-display"');
    expect(html).toContain("<math");
    expect(html).toContain("<mfrac>");
    expect(html).not.toContain("<script");
  });

  test("renders GitHub-flavoured tables", async () => {
    expect(await render("| a | b |\n| - | - |\n| 1 | 2 |\n")).toContain("<table>");
  });

  test.each([
    { label: "unclosed JSX", source: "text <b", error: /line 1/ },
    { label: "an unknown TeX macro", source: "$\\notamacro{x}$", error: /TeX does not compile/ },
    { label: "unbalanced TeX braces", source: "$$\n\\frac{1}{\n$$", error: /TeX does not compile/ },
  ])("rejects $label", async ({ source, error }) => {
    const attempt = compileMdx(source);
    await expect(attempt).rejects.toBeInstanceOf(MdxCompileError);
    await expect(compileMdx(source)).rejects.toThrow(error);
  });

  test("offsets error lines to the file", async () => {
    await expect(compileMdx("ok\n\n<b", 20)).rejects.toThrow(/line 23/);
  });
});

describe("mdxToPlainText", () => {
  test("drops markup and keeps words and TeX", () => {
    expect(mdxToPlainText("The **chain rule**: $dy/dx$ and `code`.")).toBe("The chain rule: dy/dx and code.");
  });

  test("writes facts as their stated numbers, in prose and in math, so search finds them", () => {
    expect(
      mdxToPlainText(
        'Slope <Fact k="sigmoid-prime-5" />, or $\\sigma\'(5) = \\fact{sigmoid-prime-5}$ and $-\\ln 0.9 = \\fact{ce-p-0.9}$.',
      ),
    ).toBe("Slope 0.0066, or \\sigma'(5) = 0.0066 and -\\ln 0.9 = 0.105.");
  });
});

describe("facts inside math", () => {
  test("\\fact{key} in inline and display math becomes the fact's stated value before KaTeX runs", async () => {
    const html = await render(
      "Slope $\\sigma'(5) \\approx \\fact{sigmoid-prime-5}$ and\n\n$$\n0.25^{10} \\approx \\fact{sigmoid-slope-bound-ten-layers}\n$$\n",
    );
    expect(html).toContain("<mn>0.0066</mn>");
    expect(html).toContain("<mn>9.5</mn>");
    expect(html).not.toContain("fact");
  });

  test("an unknown key is not silently dropped: KaTeX refuses the undefined macro", async () => {
    await expect(compileMdx("$\\fact{no-such-fact}$")).rejects.toThrow(/TeX does not compile/);
  });
});
