import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { colorFor } from "@/lib/playground/grid";
import {
  contrast,
  HEAT_VARIABLES,
  LIGHT_HEAT_PALETTE,
  parseHex,
  readHeatPalette,
  type HeatPalette,
  type Rgb,
} from "@/lib/playground/palette";

// The canvas reads the palette from the CSS variables in app/globals.css; here the same reader takes them from the
// stylesheet's `:root` and `:root.dark` blocks, so the test checks the colours the pages really get.
const css = readFileSync(path.resolve(import.meta.dirname, "../../app/globals.css"), "utf8");
function themeVariables(theme: "light" | "dark"): Map<string, string> {
  const selector = theme === "dark" ? /:root\.dark\s*\{([^}]*--heat-[^}]*)\}/ : /:root\s*\{([^}]*--heat-[^}]*)\}/;
  const block = selector.exec(css)?.[1] ?? "";
  return new Map([...block.matchAll(/(--heat-[a-z]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
const palettes: Record<"light" | "dark", HeatPalette> = {
  light: readHeatPalette((name) => themeVariables("light").get(name) ?? ""),
  dark: readHeatPalette((name) => themeVariables("dark").get(name) ?? ""),
};
const page: Record<"light" | "dark", Rgb> = { light: [255, 255, 255], dark: [9, 9, 11] };
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe("heatmap palette", () => {
  test.each([
    { label: "#rrggbb", text: "#0877bd", expected: [8, 119, 189] },
    { label: "#rgb", text: " #fff ", expected: [255, 255, 255] },
    { label: "upper case", text: "#F59322", expected: [245, 147, 34] },
    { label: "not a hex colour", text: "rgb(1 2 3)", expected: null },
    { label: "empty (variable missing)", text: "", expected: null },
  ])("parseHex: $label", ({ text, expected }) => {
    expect(parseHex(text)).toEqual(expected);
  });

  test("every variable is declared in both themes, and the light ones are the server's defaults", () => {
    for (const theme of ["light", "dark"] as const)
      expect([...themeVariables(theme).keys()].sort()).toEqual(Object.values(HEAT_VARIABLES).sort());
    expect(palettes.light).toEqual(LIGHT_HEAT_PALETTE);
    expect(palettes.dark).not.toEqual(LIGHT_HEAT_PALETTE);
  });

  test("a missing or unreadable variable falls back to the light colour, not to black", () => {
    expect(readHeatPalette((name) => (name === "--heat-mid" ? "#27272a" : "oops"))).toEqual({
      ...LIGHT_HEAT_PALETTE,
      mid: [39, 39, 42],
    });
  });

  test.each(["light", "dark"] as const)("%s: the unsure middle sits close to the page, the ends stand out", (theme) => {
    const p = palettes[theme];
    expect(contrast(p.mid, page[theme])).toBeLessThan(1.5);
    expect(contrast(p.low, p.mid)).toBeGreaterThanOrEqual(1.5);
    expect(contrast(p.high, p.mid)).toBeGreaterThanOrEqual(1.5);
  });

  test.each(["light", "dark"] as const)("%s: point outlines and dots keep 3:1 against what they sit on", (theme) => {
    const p = palettes[theme];
    for (const fill of [p.low, p.mid, p.high]) expect(contrast(p.stroke, fill)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.dot, p.high)).toBeGreaterThanOrEqual(3);
  });

  test.each(["light", "dark"] as const)("%s: a more confident value is never closer to the middle colour", (theme) => {
    const p = palettes[theme];
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        // Same side of 1/2, b at least as far out as a.
        const [near, far] = Math.abs(a - 0.5) <= Math.abs(b - 0.5) ? [a, b] : [b, a];
        const side = (v: number) => Math.sign(v - 0.5);
        fc.pre(side(near) === side(far) || side(near) === 0);
        // Channels are rounded to integers, so allow one unit of rounding.
        expect(distance(colorFor(far, p), p.mid)).toBeGreaterThanOrEqual(distance(colorFor(near, p), p.mid) - 1);
      }),
    );
    expect(colorFor(0, p)).toEqual(p.low);
    expect(colorFor(1, p)).toEqual(p.high);
    expect(colorFor(Number.NaN, p)).toEqual(p.mid);
  });
});
