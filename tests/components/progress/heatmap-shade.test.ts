import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { heatmapShade } from "@/components/progress/heatmap-shade";

/** The Tailwind shade number (50–950) of the fill in one theme: higher is darker. */
function shadeOf(classes: string, theme: "light" | "dark"): number {
  const fill = classes.split(" ").find((c) => (theme === "dark" ? c.startsWith("dark:fill-") : c.startsWith("fill-")));
  return Number(fill!.split("-").at(-1));
}

describe("heatmapShade", () => {
  test.each([
    { label: "no reviews", count: 0, light: "fill-zinc-100", dark: "dark:fill-zinc-800" },
    { label: "a quarter of the busiest day", count: 1, light: "fill-emerald-200", dark: "dark:fill-emerald-900" },
    { label: "the busiest day", count: 4, light: "fill-emerald-700", dark: "dark:fill-emerald-300" },
  ])("$label", ({ count, light, dark }) => {
    expect(heatmapShade(count, 4).split(" ")).toEqual([light, dark]);
  });

  test("more reviews never read as less: darker on the light page, brighter on the dark one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (a, b) => {
        const max = Math.max(a, b);
        const [fewer, more] = [Math.min(a, b), max];
        expect(shadeOf(heatmapShade(more, max), "light")).toBeGreaterThanOrEqual(
          shadeOf(heatmapShade(fewer, max), "light"),
        );
        expect(shadeOf(heatmapShade(more, max), "dark")).toBeLessThanOrEqual(shadeOf(heatmapShade(fewer, max), "dark"));
      }),
    );
  });
});
