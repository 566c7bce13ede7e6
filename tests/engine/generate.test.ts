import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  ACTIVATION_NAMES,
  backprop,
  EngineInputError,
  generateInstance,
  KINK_TOLERANCE,
  type GenerateParams,
} from "@/lib/engine";
import { HEADS } from "./helpers";

const XOR: GenerateParams = {
  dIn: 2,
  h: 2,
  dOut: 1,
  n: 4,
  hidden: "relu",
  output: "sigmoid",
  loss: "bce",
  targets: "xor",
};

const paramsArb: fc.Arbitrary<GenerateParams> = fc
  .record({
    dIn: fc.integer({ min: 1, max: 4 }),
    h: fc.integer({ min: 1, max: 4 }),
    dOut: fc.integer({ min: 2, max: 4 }),
    n: fc.integer({ min: 1, max: 4 }),
    hidden: fc.constantFrom(...ACTIVATION_NAMES),
    head: fc.constantFrom(...HEADS),
    decimals: fc.constantFrom(1 as const, 2 as const),
  })
  .map(({ head, ...rest }) => ({ ...rest, ...head }));

const decimalsOf = (v: number) => (Number.isInteger(v) ? 0 : String(v).split(".")[1]!.length);

describe("generateInstance", () => {
  test("is deterministic: same params and seed ⇒ the same spec", () => {
    fc.assert(
      fc.property(paramsArb, fc.integer(), (params, seed) => {
        expect(generateInstance(params, seed)).toEqual(generateInstance(params, seed));
      }),
      { numRuns: 50 },
    );
  });

  test("different seeds give different instances", () => {
    const a = generateInstance({ ...XOR, targets: "random", n: 3 }, 1);
    const b = generateInstance({ ...XOR, targets: "random", n: 3 }, 2);
    expect(a).not.toEqual(b);
  });

  test("produces valid specs of the requested shape with short decimals inside the ranges", () => {
    fc.assert(
      fc.property(paramsArb, fc.integer(), (params, seed) => {
        const spec = generateInstance(params, seed);
        expect(() => backprop(spec)).not.toThrow();
        expect(spec.x).toHaveLength(params.n);
        expect(spec.W1).toHaveLength(params.dIn);
        expect(spec.b1).toHaveLength(params.h);
        expect(spec.W2).toHaveLength(params.h);
        expect(spec.b2).toHaveLength(params.dOut);
        const drawn = [...spec.x.flat(), ...spec.W1.flat(), ...spec.W2.flat(), ...spec.b1, ...spec.b2];
        expect(drawn.every((v) => decimalsOf(v) <= params.decimals!)).toBe(true);
        expect([...spec.x.flat(), ...spec.W1.flat(), ...spec.W2.flat()].every((v) => Math.abs(v) <= 1)).toBe(true);
        expect([...spec.b1, ...spec.b2].every((v) => Math.abs(v) <= 0.5)).toBe(true);
        expect(drawn.some((v) => Object.is(v, -0))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  test("keeps every ReLU pre-activation off its kink unless allowed", () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(1 as const, 2 as const), (seed, decimals) => {
        // Coarse ranges make z = 0 likely, so the redraw is actually exercised.
        const spec = generateInstance(
          {
            dIn: 2,
            h: 3,
            dOut: 2,
            n: 3,
            hidden: "relu",
            output: "relu",
            loss: "mse",
            decimals,
            ranges: { x: [-1, 1], w: [-0.5, 0.5], b: [-0.2, 0.2] },
          },
          seed,
        );
        const r = backprop(spec);
        expect(r.z1.flat().every((z) => Math.abs(z) > KINK_TOLERANCE)).toBe(true);
        expect(r.z2.flat().every((z) => Math.abs(z) > KINK_TOLERANCE)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test("allowReluZero lets a pre-activation sit exactly at 0", () => {
    const params: GenerateParams = {
      dIn: 1,
      h: 1,
      dOut: 1,
      n: 1,
      hidden: "relu",
      output: "identity",
      loss: "mse",
      inputs: [[0]],
      ranges: { b: [0, 0] },
      allowReluZero: true,
    };
    expect(backprop(generateInstance(params, 3)).z1).toEqual([[0]]);
    expect(() => generateInstance({ ...params, allowReluZero: false }, 3)).toThrow(
      expect.objectContaining({ field: "ranges" }),
    );
  });

  test.each([
    ["bce", { ...XOR }, [[0], [1], [1], [0]]],
    ["mse", { ...XOR, loss: "mse", output: "identity" }, [[0], [1], [1], [0]]],
    [
      "softmax_ce",
      { ...XOR, loss: "softmax_ce", output: "identity", dOut: 2 },
      [
        [1, 0],
        [0, 1],
        [0, 1],
        [1, 0],
      ],
    ],
  ] as const)("xor targets for %s", (_label, params, y) => {
    const spec = generateInstance(params as GenerateParams, 11);
    expect(spec.x).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(spec.y).toEqual(y);
  });

  test("random targets fit the loss", () => {
    fc.assert(
      fc.property(paramsArb, fc.integer(), (params, seed) => {
        const { y } = generateInstance(params, seed);
        if (params.loss === "bce") expect(y.flat().every((v) => v === 0 || v === 1)).toBe(true);
        if (params.loss === "softmax_ce") for (const row of y) expect(row.filter((v) => v === 1)).toHaveLength(1);
        if (params.loss === "mse" && params.output === "sigmoid")
          expect(y.flat().every((v) => v >= 0 && v <= 1)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  test("explicit inputs and targets are used as given", () => {
    const inputs = [[0.5, -0.5]];
    const targets = [[0.25]];
    const spec = generateInstance(
      { dIn: 2, h: 2, dOut: 1, n: 1, hidden: "tanh", output: "identity", loss: "mse", inputs, targets },
      5,
    );
    expect(spec.x).toEqual(inputs);
    expect(spec.y).toEqual(targets);
    expect(spec.x).not.toBe(inputs); // copied, not shared
  });

  const base: GenerateParams = { dIn: 2, h: 2, dOut: 1, n: 2, hidden: "tanh", output: "sigmoid", loss: "bce" };
  test.each([
    ["dIn zero", "dIn", { dIn: 0 }],
    ["h fractional", "h", { h: 1.5 }],
    ["n too large", "n", { n: 1000 }],
    ["dOut NaN", "dOut", { dOut: NaN }],
    ["unknown hidden", "hidden", { hidden: "gelu" }],
    ["unknown loss", "loss", { loss: "hinge" }],
    ["output not fitting the loss", "output", { output: "tanh" }],
    ["softmax_ce with one class", "dOut", { loss: "softmax_ce", output: "identity", dOut: 1 }],
    ["decimals 3", "decimals", { decimals: 3 }],
    ["range reversed", "ranges.w", { ranges: { w: [1, -1] } }],
    ["range with no 1-decimal number", "ranges.b", { ranges: { b: [0.01, 0.04] } }],
    ["range not finite", "ranges.x", { ranges: { x: [0, Infinity] } }],
    [
      "inputs of the wrong shape",
      "inputs",
      {
        inputs: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      },
    ],
    [
      "inputs with NaN",
      "inputs[1][0]",
      {
        inputs: [
          [1, 2],
          [NaN, 0],
        ],
      },
    ],
    ["targets of the wrong shape", "targets", { targets: [[1]] }],
    ["bce targets outside [0, 1]", "targets[0][0]", { targets: [[3], [0]] }],
    ["xor with dIn 3", "dIn", { targets: "xor", dIn: 3 }],
    ["xor with n 2 and no inputs", "n", { targets: "xor" }],
    [
      "xor with non-binary inputs",
      "inputs[0][0]",
      {
        targets: "xor",
        inputs: [
          [0.5, 0],
          [1, 1],
        ],
      },
    ],
    ["unknown targets mode", "targets", { targets: "zeros" }],
  ] as const)("%s → EngineInputError on field %s", (_label, field, patch) => {
    const run = () => generateInstance({ ...base, ...patch } as unknown as GenerateParams, 1);
    expect(run).toThrow(EngineInputError);
    expect(run).toThrow(expect.objectContaining({ field }));
  });
});
