import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { describedBy, NumberField, TextField } from "@/components/ui/field";
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
