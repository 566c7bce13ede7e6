import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Chip, chipClass, LinkChip, type ChipShape, type ChipTone } from "@/components/ui/chip";

const classesOf = (html: string) => (/class="([^"]*)"/.exec(html)?.[1] ?? "").split(/\s+/);

// One place decides what a tag, a difficulty and a filter choice look like: they were three hand-written strings.
describe("Chip", () => {
  test.each([
    { label: "a tag", shape: "tag", tone: "neutral", has: ["rounded-md", "text-xs", "bg-zinc-50", "ring-zinc-300"] },
    { label: "a difficulty", shape: "pill", tone: "success", has: ["rounded-full", "px-2", "bg-emerald-50"] },
    { label: "a filter choice", shape: "choice", tone: "outline", has: ["rounded-full", "px-3", "text-sm"] },
    { label: "a kind badge", shape: "badge", tone: "muted", has: ["rounded", "px-1.5", "bg-zinc-100"] },
  ] as const)("$label is an inline-flex span with its shape and tone", ({ shape, tone, has }) => {
    const html = renderToStaticMarkup(createElement(Chip, { shape, tone, "aria-label": "x" }, "Hi"));
    expect(html).toMatch(/^<span class="[^"]*" aria-label="x">Hi<\/span>$/);
    expect(classesOf(html)).toEqual(expect.arrayContaining(["inline-flex", "items-center", ...has]));
  });

  test.each((["choice", "pill", "tag", "badge"] satisfies ChipShape[]).map((shape) => ({ shape })))(
    "shape $shape sets one padding and one radius",
    ({ shape }) => {
      const classes = chipClass({ shape }).split(" ");
      expect(classes.filter((c) => /^px-/.test(c))).toHaveLength(1);
      expect(classes.filter((c) => /^rounded/.test(c))).toHaveLength(1);
    },
  );

  test.each(
    (["neutral", "outline", "muted", "brand", "inverse", "success", "warning", "danger"] satisfies ChipTone[]).map(
      (tone) => ({ tone }),
    ),
  )("tone $tone sets at most one fill a theme", ({ tone }) => {
    const classes = chipClass({ tone }).split(" ");
    expect(classes.filter((c) => /^bg-/.test(c)).length).toBeLessThanOrEqual(1);
    expect(classes.filter((c) => /^dark:bg-/.test(c)).length).toBeLessThanOrEqual(1);
    expect(classes.some((c) => c.startsWith("hover:"))).toBe(false);
  });

  test("is a neutral tag unless told otherwise, and adds the caller's classes", () => {
    expect(chipClass()).toBe(chipClass({ shape: "tag", tone: "neutral" }));
    expect(chipClass({ className: "gap-1.5" }).split(" ")).toContain("gap-1.5");
  });
});

describe("LinkChip", () => {
  test.each([
    { label: "a resting choice", current: false, tone: "outline", ariaCurrent: undefined, hover: "hover:bg-zinc-50" },
    { label: "the chosen one", current: true, tone: "inverse", ariaCurrent: "true", hover: undefined },
  ] as const)("$label: aria-current and hover follow the state", ({ current, tone, ariaCurrent, hover }) => {
    const html = renderToStaticMarkup(
      createElement(LinkChip, { href: "/search?kind=mcq", shape: "choice", tone, current }, "MCQ"),
    );
    expect(html).toMatch(/^<a [^>]*href="\/search\?kind=mcq"[^>]*>MCQ<\/a>$/);
    expect(/aria-current="([^"]*)"/.exec(html)?.[1]).toBe(ariaCurrent);
    const classes = classesOf(html);
    expect(classes).toEqual(expect.arrayContaining(chipClass({ shape: "choice", tone }).split(" ")));
    expect(classes).toContain("transition-colors");
    expect(classes.find((c) => c.startsWith("hover:"))).toBe(hover);
  });
});
