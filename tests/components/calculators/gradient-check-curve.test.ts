import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { GradientCheckCurve } from "@/components/calculators/gradient-check-curve";
import { GradientCheckTable } from "@/components/calculators/gradient-check-table";
import { LinePlot } from "@/components/calculators/line-plot";
import { gradientCheckReport } from "@/lib/calculators";
import { generateInstance } from "@/lib/engine";

const spec = generateInstance(
  { dIn: 2, h: 3, dOut: 2, n: 2, output: "identity", loss: "softmax_ce", hidden: "tanh" },
  1,
);
const curveAt = (eps: number) => {
  const r = gradientCheckReport(spec, { eps });
  return {
    r,
    html: renderToStaticMarkup(createElement(GradientCheckCurve, { curve: r.curve, diagnosis: r.diagnosis })),
  };
};

/** The band named `label`: its left and right edge in SVG units. */
function band(html: string, label: string): { left: number; right: number } {
  const m = html.match(new RegExp(`data-region="${label}"><rect x="([\\d.]+)" y="[\\d.]+" width="([\\d.]+)"`));
  expect(m, `region ${label}`).not.toBeNull();
  return { left: Number(m![1]), right: Number(m![1]) + Number(m![2]) };
}
const markerX = (html: string) => Number(html.match(/<circle cx="([\d.]+)"/)![1]);

describe("the gradient check's error curve", () => {
  test.each([
    { label: "ε = 1e-12 sits in the round-off region", eps: 1e-12, region: "round-off" },
    { label: "ε = 1 sits in the truncation region", eps: 1, region: "truncation" },
    { label: "ε = 1e-5 sits in the good range", eps: 1e-5, region: "good ε" },
  ])("$label", ({ eps, region }) => {
    const { html } = curveAt(eps);
    for (const name of ["round-off", "good ε", "truncation"]) band(html, name);
    const { left, right } = band(html, region);
    expect(markerX(html)).toBeGreaterThanOrEqual(left);
    expect(markerX(html)).toBeLessThanOrEqual(right);
    expect(html).toContain(`chosen ε = ${eps === 1e-12 ? "1e-12" : eps === 1 ? "1" : "1e-5"}`);
  });

  test("both axes are logarithmic, with whole decades from 1e-14 to 1 on ε", () => {
    const { html } = curveAt(1e-12);
    for (const t of ["1e-14", "1e-12", "1e-10", "1e-8", "1e-6", "1e-4", "1e-2", "1e0"])
      expect(html).toContain(`>${t}<`);
    expect(html).toContain("ε (log scale)");
    expect(html).toContain("max rel. error (log scale)");
  });

  test("the regions are also named in text, not only drawn", () => {
    const { html, r } = curveAt(1e-12);
    expect(html).toContain("Round-off dominates for ε up to 1e-7");
    expect(html).toContain("Truncation dominates from 0.0001 up");
    expect(r.diagnosis.goodRange).toEqual({ from: 1e-7, to: 1e-4 });
  });
});

describe("LinePlot on a log x axis", () => {
  test("equal ratios of x are equal distances, and non-positive x is dropped", () => {
    const html = renderToStaticMarkup(
      createElement(LinePlot, {
        title: "t",
        xLabel: "x",
        yLabel: "y",
        logX: true,
        series: [
          {
            label: "s",
            className: "",
            points: [
              [0, 5],
              [1e-3, 1],
              [1e-2, 2],
              [1e-1, 3],
            ],
          },
        ],
      }),
    );
    const xs = html
      .match(/points="([^"]*)"/)![1]!
      .split(" ")
      .map((p) => Number(p.split(",")[0]));
    expect(xs).toHaveLength(3);
    expect(xs[2]! - xs[1]!).toBeCloseTo(xs[1]! - xs[0]!, 0);
  });
});

describe("the gradient check table at a step the curve blames", () => {
  test("bad rows name round-off, not a wrong backward pass", () => {
    const { r } = curveAt(1e-12);
    const html = renderToStaticMarkup(createElement(GradientCheckTable, { rows: r.rows, badCause: "round-off" }));
    expect(r.rows.some((row) => row.verdict === "wrong")).toBe(true);
    expect(html).toContain("⚠ round-off");
    expect(html).not.toContain("wrong");
  });
});
