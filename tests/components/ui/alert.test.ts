import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Alert, alertClass } from "@/components/ui/alert";

const classesOf = (html: string) => (/class="([^"]*)"/.exec(html)?.[1] ?? "").split(/\s+/);

// The red box was written out three times, one of them without its ring; the role now follows the tone.
describe("Alert", () => {
  test.each([
    {
      label: "an error interrupts",
      tone: "error",
      role: "alert",
      colours: ["bg-red-50", "text-red-800", "ring-red-200"],
    },
    { label: "a warning interrupts", tone: "warning", role: "alert", colours: ["bg-amber-50", "text-amber-900"] },
    { label: "a notice waits its turn", tone: "info", role: "status", colours: ["bg-zinc-100", "dark:bg-zinc-900"] },
  ] as const)("$label: role=$role with its colours", ({ tone, role, colours }) => {
    const html = renderToStaticMarkup(createElement(Alert, { tone, id: "m" }, "Wrong password"));
    expect(html).toMatch(new RegExp(`^<p role="${role}" class="[^"]*" id="m">Wrong password</p>$`));
    const classes = classesOf(html);
    expect(classes).toEqual(expect.arrayContaining(["rounded-lg", "px-3", "py-2", "text-sm", ...colours]));
    expect(classes.filter((c) => /^bg-/.test(c))).toHaveLength(1);
  });

  test("adds the caller's classes", () => {
    expect(alertClass("error", "mt-2").split(" ")).toContain("mt-2");
  });
});
