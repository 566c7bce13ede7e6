import katex from "katex";
import { describe, expect, it } from "vitest";
import { CALCULATOR_DEFAULTS } from "@/components/calculators/defaults";
import { show } from "@/components/calculators/format";
import { stepFormula } from "@/components/calculators/optimizer-formula";
import { attempt, parseInteger, parseList, parseMatrix, parseNumber } from "@/components/calculators/parse";
import { initialState } from "@/components/calculators/use-calculator-state";
import { OPTIMIZER_KINDS, runOptimizer, softmax } from "@/lib/calculators";

describe("parsing typed inputs", () => {
  it("reads numbers, lists and matrices", () => {
    expect(parseNumber(" 1e-3 ", "lr")).toBe(0.001);
    expect(parseInteger("10", "layers")).toBe(10);
    expect(parseList("2, 1 0.1", "logits")).toEqual([2, 1, 0.1]);
    expect(parseMatrix("1,2;3,4\n5,6", "x")).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  });

  it("names the input and entry at fault", () => {
    const bad = attempt(() => parseList("1, x", "logits"), { logits: "logits" });
    expect(bad).toEqual({
      ok: false,
      problem: { input: "logits", field: "logits[1]", message: "logits[1]: “x” is not a number" },
    });
    expect(attempt(() => parseNumber("", "x"), { x: "x" })).toMatchObject({ ok: false, problem: { input: "x" } });
    expect(attempt(() => parseInteger("2.5", "layers"), {})).toMatchObject({ ok: false, problem: { input: null } });
  });

  it("maps the maths library's field names back to inputs", () => {
    const r = attempt(() => softmax([]), { logits: "logits" });
    expect(r).toMatchObject({ ok: false, problem: { input: "logits" } });
  });

  it("lets anything but an EngineInputError through", () => {
    expect(() =>
      attempt(() => {
        throw new TypeError("bug");
      }, {}),
    ).toThrow(TypeError);
  });
});

describe("initial state", () => {
  it("takes string and number props over the defaults and ignores unknown keys", () => {
    const s = initialState(CALCULATOR_DEFAULTS.activation, { x: 0, layers: "3", nope: "1" } as Record<string, unknown>);
    expect(s).toEqual({ fn: "sigmoid", x: "0", layers: "3", alpha: "0.01" });
  });
});

describe("plain-text numbers", () => {
  it("uses a real minus sign and short scientific notation", () => {
    expect(show(-0.5)).toBe("−0.5");
    expect(show(1.69e-22, 3)).toBe("1.69e-22");
    expect(show(1e-5)).toBe("1e-5");
    expect(show(null)).toBe("—");
    expect(show(Infinity)).toBe("∞");
  });
});

describe("optimizer step formulas", () => {
  it.each(OPTIMIZER_KINDS)("%s: every line is valid TeX", (kind) => {
    const run = runOptimizer({ surface: "ravine", optimizer: { kind, lr: 0.05 }, start: [-4, 1.5], steps: 3 });
    const lines = stepFormula(run.optimizer, run.trajectory[2]!, run.trajectory[3]!);
    expect(lines.length).toBeGreaterThan(1);
    for (const tex of lines) expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
  });
});

describe("numbers as the calculators themselves print them", () => {
  // show() writes negatives with U+2212 (−); the exercise answers accept it too. Copied from a result table into
  // an input, such a number was refused as "not a number".
  it.each([
    { label: "a negative result", value: -0.5 },
    { label: "a small negative in scientific notation", value: -1.69e-22 },
    { label: "a large negative", value: -1.5e7 },
  ])("reads back $label from its printed form", ({ value }) => {
    expect(parseNumber(show(value), "x")).toBeCloseTo(value, 12);
    expect(parseList(`${show(value)}, 1`, "logits")[0]).toBeCloseTo(value, 12);
  });
});
