import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { TextLink, textLinkClass } from "@/components/ui/text-link";

const classesOf = (html: string) => (/class="([^"]*)"/.exec(html)?.[1] ?? "").split(/\s+/);

// Inside a sentence a link is marked by its underline as well as its colour (WCAG 1.4.1), in both themes.
describe("TextLink", () => {
  test.each([
    { label: "a plain link", className: undefined, extra: [] },
    {
      label: "a link with the caller's size and weight",
      className: "text-sm font-medium",
      extra: ["text-sm", "font-medium"],
    },
  ])("$label is underlined and brand blue", ({ className, extra }) => {
    const html = renderToStaticMarkup(createElement(TextLink, { href: "/progress", className }, "See your progress"));
    expect(html).toMatch(/^<a [^>]*href="\/progress"[^>]*>See your progress<\/a>$/);
    expect(classesOf(html)).toEqual(
      expect.arrayContaining(["underline", "underline-offset-2", "text-brand-600", "dark:text-brand-100", ...extra]),
    );
  });

  test("its classes serve a button that sits in a sentence", () => {
    expect(textLinkClass("font-medium")).toBe(`${textLinkClass()} font-medium`);
  });
});
