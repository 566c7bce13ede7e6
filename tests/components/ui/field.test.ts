import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import {
  describedBy,
  inputClass,
  NumberField,
  SearchInput,
  Select,
  selectClass,
  TextField,
} from "@/components/ui/field";
import { SETTING_LIMITS } from "@/lib/srs/settings";

const attr = (html: string, tag: string, name: string) => new RegExp(`<${tag}[^>]* ${name}="([^"]*)"`).exec(html)?.[1];

describe("TextField", () => {
  test.each([
    { label: "nothing to add", hint: undefined, error: undefined, ids: undefined, invalid: undefined },
    { label: "a hint", hint: "8 or more", error: undefined, ids: "pw-hint", invalid: undefined },
    { label: "an error", hint: undefined, error: "too short", ids: "pw-error", invalid: "true" },
    { label: "both", hint: "8 or more", error: "too short", ids: "pw-error pw-hint", invalid: "true" },
  ])("with $label, the input is described by exactly what is shown", ({ hint, error, ids, invalid }) => {
    const html = renderToStaticMarkup(
      createElement(TextField, { id: "pw", name: "password", label: "Password", hint, error }),
    );
    expect(attr(html, "label", "for")).toBe("pw");
    expect(attr(html, "input", "aria-describedby")).toBe(ids);
    expect(attr(html, "input", "aria-invalid")).toBe(invalid);
    for (const id of ids?.split(" ") ?? []) expect(html).toContain(`id="${id}"`);
    if (error) expect(html).toMatch(new RegExp(`<p id="pw-error" role="alert"[^>]*>${error}</p>`));
    expect(describedBy("pw", { hint, error })).toBe(ids);
  });
});

describe("NumberField", () => {
  test("offers the bounds it is given (the settings form passes the schema's)", () => {
    const html = renderToStaticMarkup(
      createElement(NumberField, { id: "n", name: "newPerDay", label: "New", ...SETTING_LIMITS.newPerDay }),
    );
    expect(attr(html, "input", "type")).toBe("number");
    expect([attr(html, "input", "min"), attr(html, "input", "max"), attr(html, "input", "step")]).toEqual([
      "0",
      "500",
      "1",
    ]);
  });
});

const classesOf = (html: string, tag: string) => (attr(html, tag, "class") ?? "").split(/\s+/);

describe("Select", () => {
  test.each([
    { label: "regular (a filter form)", compact: false, padding: ["px-2", "py-1.5"] },
    { label: "compact (the header row)", compact: true, padding: ["px-2", "py-1"] },
  ])("$label has the control box and its padding", ({ compact, padding }) => {
    const html = renderToStaticMarkup(
      createElement(Select, { id: "s", name: "deck", defaultValue: "b", compact }, [
        createElement("option", { key: "a", value: "a" }, "A"),
        createElement("option", { key: "b", value: "b" }, "B"),
      ]),
    );
    expect(html).toMatch(/^<select class="[^"]*" id="s" name="deck">/);
    expect(html).toContain('<option value="b" selected="">B</option>');
    const classes = classesOf(html, "select");
    expect(classes).toEqual(expect.arrayContaining(["rounded-lg", "border-zinc-300", "text-zinc-900", ...padding]));
    expect(classes.filter((c) => /^py-/.test(c))).toHaveLength(1);
    expect(selectClass({ compact })).toBe(classes.join(" "));
  });
});

describe("SearchInput", () => {
  test.each([
    { label: "regular (the search page)", compact: false, size: ["py-2"] },
    { label: "compact (the header)", compact: true, size: ["py-1.5", "text-sm"] },
  ])("$label: a searchbox named by a label only screen readers see", ({ compact, size }) => {
    const html = renderToStaticMarkup(
      createElement(SearchInput, { id: "q", label: "Search all cards", name: "q", compact, className: "flex-1" }),
    );
    expect(html).toMatch(/^<label for="q" class="sr-only">Search all cards<\/label><input id="q" type="search"/);
    expect(attr(html, "input", "name")).toBe("q");
    expect(classesOf(html, "input")).toEqual(
      expect.arrayContaining(["w-full", "rounded-lg", "border-zinc-300", "px-3", "flex-1", ...size]),
    );
  });
});

describe("inputClass", () => {
  test("outlines a refused value in red, in both themes", () => {
    expect(inputClass.split(" ")).toEqual(
      expect.arrayContaining([
        "w-full",
        "px-3",
        "py-2",
        "aria-invalid:border-red-600",
        "dark:aria-invalid:border-red-400",
      ]),
    );
  });
});
