import { compile } from "@mdx-js/mdx";
import { toString as mdastToString } from "mdast-util-to-string";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { PluggableList } from "unified";
import { remarkMathFacts } from "./remark-math-facts";
import { withFactsAsText } from "./facts";

// KaTeX runs here, at compile time on the server, so no KaTeX JavaScript ever reaches the browser.
// `strict: "ignore"` keeps harmless LaTeX-compat warnings out of the logs; real parse errors still surface below.
const remarkPlugins: PluggableList = [remarkGfm, remarkMath, remarkMathFacts];
const rehypePlugins: PluggableList = [[rehypeKatex, { strict: "ignore", output: "htmlAndMathml" }]];

export class MdxCompileError extends Error {
  constructor(
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(line === undefined ? reason : `line ${line}: ${reason}`);
    this.name = "MdxCompileError";
  }
}

/**
 * Compiles one MDX fragment to a function body for `@mdx-js/mdx`'s `run`.
 * `lineOffset` maps the fragment's lines back to its file so errors point at the real line.
 * KaTeX failures are only warnings inside rehype-katex; they are promoted to errors because a card
 * with a red TeX source in it is broken content.
 */
export async function compileMdx(source: string, lineOffset = 0): Promise<string> {
  let file;
  try {
    file = await compile(source, {
      outputFormat: "function-body",
      remarkPlugins,
      rehypePlugins,
      development: false,
    });
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    throw new MdxCompileError(
      e.line === undefined ? undefined : e.line + lineOffset,
      e.reason ?? e.message ?? String(error),
    );
  }
  const katexProblem = file.messages.find((m) => m.source === "rehype-katex");
  if (katexProblem) {
    const cause = katexProblem.cause instanceof Error ? katexProblem.cause.message : katexProblem.reason;
    throw new MdxCompileError(
      katexProblem.line === undefined ? undefined : katexProblem.line + lineOffset,
      `TeX does not compile: ${cause}`,
    );
  }
  return String(file.value);
}

const plainParser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

/** Searchable plain text of an MDX fragment (TeX sources stay in, so "\\sigma" finds sigmoid cards too). */
export function mdxToPlainText(source: string): string {
  try {
    // Facts become their numbers first, so searching for 0.0066 finds the card that states it.
    return mdastToString(plainParser.parse(withFactsAsText(source)), { includeHtml: false })
      .replace(/\s+/g, " ")
      .trim();
  } catch {
    // Unparseable content is reported by compileMdx; search falls back to the raw text.
    return source.replace(/\s+/g, " ").trim();
  }
}
