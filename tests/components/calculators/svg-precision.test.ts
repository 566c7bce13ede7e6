import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { svgNum } from "@/components/calculators/format";
import { LinePlot, type Series } from "@/components/calculators/line-plot";
import { GradientCheckCurve } from "@/components/calculators/gradient-check-curve";
import { SurfacePlot } from "@/components/calculators/surface-plot";
import { compareInits, gradientCheckReport, runOptimizer, scheduleCurve, learningRateAt } from "@/lib/calculators";
import { generateInstance } from "@/lib/engine";

/*
 * The server renders the calculators in Node; the browser hydrates them with its own V8, whose Math.exp,
 * Math.log10, Math.cos… can differ from Node's in the last bit. A plotted coordinate printed at full
 * precision then differs between the server HTML and the hydration render (found on the initialization
 * calculator's log-scale grid lines, e.g. y1="120.27718172288711" from Node, "120.2771817228871" from
 * Chromium), and React discards the server HTML. Printed coordinates are rounded so one-ulp differences
 * vanish.
 */

/** The next double above x (x > 0): what a last-bit difference between two engines looks like. */
function nextUp(x: number): number {
  const f = new Float64Array([x]);
  const i = new BigInt64Array(f.buffer);
  i[0] = i[0]! + 1n;
  return f[0]!;
}

/** Every numeric SVG attribute value in the markup, with its name. */
function svgNumbers(html: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const m of html.matchAll(/\s(x|y|x1|x2|y1|y2|cx|cy|width|height|fill-opacity)="([^"]*)"/g))
    out.push({ name: m[1]!, value: m[2]! });
  return out;
}
const decimals = (s: string) => s.split(".")[1]?.length ?? 0;
const polylineDecimals = (html: string) =>
  [...html.matchAll(/points="([^"]*)"/g)].flatMap((m) => m[1]!.split(/[ ,]/).map(decimals));

function expectShortNumbers(html: string) {
  const numbers = svgNumbers(html);
  expect(numbers.length).toBeGreaterThan(0);
  for (const { name, value } of numbers) {
    expect(value, name).toMatch(/^-?\d+(\.\d+)?$/);
    expect(decimals(value), `${name}="${value}"`).toBeLessThanOrEqual(name === "fill-opacity" ? 3 : 2);
  }
  expect(Math.max(0, ...polylineDecimals(html))).toBeLessThanOrEqual(1);
}

describe("svgNum", () => {
  test.each([
    {
      label: "Node's grid line (initialization, seed 50869)",
      x: 120.27718172288711,
      decimals: 2 as const,
      printed: "120.28",
    },
    { label: "Chromium's value of the same line", x: 120.2771817228871, decimals: 2 as const, printed: "120.28" },
    { label: "a cell edge off by roundoff", x: 230.00000000000003, decimals: 2 as const, printed: "230" },
    { label: "a fill opacity off by roundoff", x: 0.39999999999999997, decimals: 3 as const, printed: "0.4" },
    { label: "a third", x: 100 / 3, decimals: 2 as const, printed: "33.33" },
    { label: "a tiny negative (never '-0')", x: -0.001, decimals: 2 as const, printed: "0" },
  ])("$label: $x → $printed", ({ x, decimals: d, printed }) => {
    expect(String(svgNum(x, d))).toBe(printed);
  });

  test("prints at most two decimals and moves a value by at most half a hundredth", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (x) => {
        const y = svgNum(x);
        expect(decimals(String(y))).toBeLessThanOrEqual(2);
        expect(Math.abs(y - x)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});

describe("calculator plots print coordinates that survive a last-bit difference", () => {
  // The state that mismatched on hydration before: its variances come from Box–Muller (Math.log, Math.cos).
  const runs = compareInits({
    schemes: ["xavier_normal", "he_normal", "small_normal"],
    activation: "identity",
    width: 104,
    depth: 10,
    batch: 32,
    seed: 50869,
  });
  const varianceSeries = (bump: (y: number) => number): Series[] =>
    runs.map((run) => ({
      label: run.scheme,
      className: "stroke-zinc-500",
      points: [
        [0, bump(run.inputVariance)] as const,
        ...run.layers.map((l) => [l.layer, bump(l.activationVariance)] as const),
      ],
    }));
  const variancePlot = (bump: (y: number) => number) =>
    renderToStaticMarkup(
      createElement(LinePlot, {
        title: "variance",
        xLabel: "layer",
        yLabel: "Var(a)",
        logY: true,
        series: varianceSeries(bump),
      }),
    );

  test("log-scale line plot (initialization): short coordinates, same HTML when every value moves one ulp", () => {
    const html = variancePlot((y) => y);
    expectShortNumbers(html);
    expect(variancePlot(nextUp)).toBe(html);
  });

  const schedule = { kind: "warmup_cosine", lr: 0.0031, totalSteps: 997, warmupSteps: 33, minLr: 1e-5 } as const;
  const schedulePlot = (bump: (y: number) => number) => {
    const curve = scheduleCurve(schedule);
    const at = learningRateAt(schedule, 537);
    return renderToStaticMarkup(
      createElement(LinePlot, {
        title: "schedule",
        xLabel: "step",
        yLabel: "learning rate",
        yInclude: [0],
        series: [{ label: "η", className: "", points: curve.points.map((p) => [p.step, bump(p.lr)] as const) }],
        marker: { x: 537, y: bump(at.lr), label: "t = 537" },
      }),
    );
  };

  test("linear line plot with a marker (schedule, Math.cos): short coordinates, same HTML one ulp off", () => {
    const html = schedulePlot((y) => y);
    expect(html).toContain("<circle");
    expectShortNumbers(html);
    expect(schedulePlot(nextUp)).toBe(html);
  });

  const epsCurve = (bump: (y: number) => number) => {
    const spec = generateInstance(
      { dIn: 2, h: 3, dOut: 2, n: 2, output: "identity", loss: "softmax_ce", hidden: "sigmoid" },
      3,
    );
    const r = gradientCheckReport(spec, { eps: 1e-12 });
    const curve = r.curve.map((p) => ({ ...p, relError: bump(p.relError) }));
    const chosen = { ...r.diagnosis.chosen, relError: bump(r.diagnosis.chosen.relError) };
    return renderToStaticMarkup(createElement(GradientCheckCurve, { curve, diagnosis: { ...r.diagnosis, chosen } }));
  };

  test("log-log plot with named regions (gradient check's ε curve): short coordinates, same HTML one ulp off", () => {
    const html = epsCurve((y) => y);
    expect(html).toContain("<rect");
    expectShortNumbers(html);
    expect(epsCurve(nextUp)).toBe(html);
  });

  test.each([
    { label: "Adam on the ravine (the calculator's default)", optimizer: { kind: "adam", lr: 0.1 }, surface: "ravine" },
    { label: "momentum on Rosenbrock", optimizer: { kind: "momentum", lr: 0.001, beta: 0.9 }, surface: "rosenbrock" },
    { label: "SGD on the bowl", optimizer: { kind: "sgd", lr: 0.013 }, surface: "bowl" },
  ] as const)("surface plot, $label: every coordinate has at most two decimals", ({ optimizer, surface }) => {
    const run = runOptimizer({ surface, optimizer, start: [-4, 1.5], steps: 30 });
    expectShortNumbers(renderToStaticMarkup(createElement(SurfacePlot, { run })));
  });
});
