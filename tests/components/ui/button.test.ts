import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Button, BUTTON_SIZES, buttonClass, LinkButton } from "@/components/ui/button";

const classesOf = (html: string) => (/class="([^"]*)"/.exec(html)?.[1] ?? "").split(/\s+/);

// One place decides the app's button colours: the tour once found a black primary button among brand-blue ones.
describe("Button", () => {
  test.each([
    { label: "primary", variant: "primary", brand: ["bg-brand-600", "hover:bg-brand-700", "text-white"] },
    { label: "danger", variant: "danger", brand: ["bg-red-700", "hover:bg-red-800", "text-white"] },
    { label: "secondary", variant: "secondary", brand: ["ring-1", "ring-zinc-300", "dark:ring-zinc-700"] },
  ] as const)("$label renders its colours, and no other fill", ({ variant, brand }) => {
    const classes = classesOf(renderToStaticMarkup(createElement(Button, { type: "button", variant }, "Go")));
    expect(classes).toEqual(expect.arrayContaining([...brand, "font-medium", "disabled:opacity-60"]));
    const fills = classes.filter((c) => /^(dark:)?bg-/.test(c));
    expect(fills).toEqual(brand.filter((c) => c.startsWith("bg-")));
  });

  test("is primary and medium unless told otherwise", () => {
    expect(buttonClass()).toBe(buttonClass({ variant: "primary", size: "md" }));
  });

  test.each(BUTTON_SIZES.map((size) => ({ size })))("size $size sets one padding and one radius", ({ size }) => {
    const classes = buttonClass({ size }).split(" ");
    expect(classes.filter((c) => /^px-/.test(c))).toHaveLength(1);
    expect(classes.filter((c) => /^rounded/.test(c))).toHaveLength(1);
  });

  test("keeps the type, native attributes and text it is given, and adds the caller's classes", () => {
    const html = renderToStaticMarkup(
      createElement(Button, { type: "submit", disabled: true, "aria-label": "Save it", className: "w-full" }, "Save"),
    );
    expect(html).toMatch(/^<button type="submit" class="[^"]*" disabled="" aria-label="Save it">Save<\/button>$/);
    expect(classesOf(html)).toContain("w-full");
  });
});

describe("LinkButton", () => {
  test("is a link with the button's look", () => {
    const html = renderToStaticMarkup(createElement(LinkButton, { href: "/review", variant: "secondary" }, "Review"));
    expect(html).toMatch(/^<a [^>]*href="\/review"[^>]*>Review<\/a>$/);
    expect(classesOf(html)).toEqual(
      expect.arrayContaining([...buttonClass({ variant: "secondary" }).split(" "), "inline-block"]),
    );
  });
});
