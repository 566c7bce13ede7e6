import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { backprop, EngineInputError, gradCheck, QUANTITY_ORDER, type TwoLayerSpec } from "@/lib/engine";
import { cloneSpec, HEADS, mismatch, SMALL_NET, specArb } from "./helpers";

const BASE: TwoLayerSpec = SMALL_NET;

describe("backprop by hand", () => {
  test("2-2-1 relu / identity / mse matches values worked out on paper", () => {
    const r = backprop(BASE);
    // z1 = x·W1 + b1: row 0 = [0.1+0.6+0.1, −0.2+0.8−0.1] = [0.8, 0.5]; row 1 = [0.05−0.3+0.1, −0.1−0.4−0.1] = [−0.15, −0.6]
    expect(
      mismatch(
        r.z1,
        [
          [0.8, 0.5],
          [-0.15, -0.6],
        ],
        1e-12,
      ),
    ).toBeNull();
    expect(
      mismatch(
        r.a1,
        [
          [0.8, 0.5],
          [0, 0],
        ],
        1e-12,
      ),
    ).toBeNull();
    // z2 = a1·W2 + b2 = [0.4 − 0.25 + 0.2, 0.2] = [0.35, 0.2]
    expect(mismatch(r.z2, [[0.35], [0.2]], 1e-12)).toBeNull();
    // L = ((0.35 − 1)² + 0.2²)/2 = (0.4225 + 0.04)/2
    expect(r.loss).toBeCloseTo(0.23125, 12);
    // dz2 = 2(a2 − y)/2 = [−0.65, 0.2]
    expect(mismatch(r.dz2, [[-0.65], [0.2]], 1e-12)).toBeNull();
    expect(mismatch(r.dW2, [[0.8 * -0.65], [0.5 * -0.65]], 1e-12)).toBeNull();
    expect(mismatch(r.db2, [-0.45], 1e-12)).toBeNull();
    expect(
      mismatch(
        r.da1,
        [
          [-0.325, 0.325],
          [0.1, -0.1],
        ],
        1e-12,
      ),
    ).toBeNull();
    expect(
      mismatch(
        r.dz1,
        [
          [-0.325, 0.325],
          [0, 0],
        ],
        1e-12,
      ),
    ).toBeNull();
    expect(
      mismatch(
        r.dW1,
        [
          [-0.325, 0.325],
          [-0.65, 0.65],
        ],
        1e-12,
      ),
    ).toBeNull();
    expect(mismatch(r.db1, [-0.325, 0.325], 1e-12)).toBeNull();
    expect(
      mismatch(
        r.dx,
        [
          [-0.0325 - 0.065, -0.0975 + 0.13],
          [0, 0],
        ],
        1e-12,
      ),
    ).toBeNull();
  });

  test("ReLU slope at exactly 0 is 0", () => {
    const spec = { ...cloneSpec(BASE), x: [[0, 0]], y: [[1]], b1: [0, 0] };
    const r = backprop(spec);
    expect(r.z1).toEqual([[0, 0]]);
    expect(r.dz1).toEqual([[0, 0]]);
  });

  test("does not modify its input", () => {
    const spec = cloneSpec(BASE);
    backprop(spec);
    expect(spec).toEqual(BASE);
  });
});

describe("backprop properties", () => {
  test("outputs have the documented shapes and are finite", () => {
    fc.assert(
      fc.property(specArb(), (spec) => {
        const r = backprop(spec);
        const n = spec.x.length;
        const dIn = spec.x[0]!.length;
        const h = spec.b1.length;
        const dOut = spec.b2.length;
        const shape = (m: number[][]) => [m.length, m[0]!.length];
        expect(shape(r.z1)).toEqual([n, h]);
        expect(shape(r.a1)).toEqual([n, h]);
        expect(shape(r.z2)).toEqual([n, dOut]);
        expect(shape(r.a2)).toEqual([n, dOut]);
        expect(shape(r.dz2)).toEqual([n, dOut]);
        expect(shape(r.dW2)).toEqual([h, dOut]);
        expect(r.db2).toHaveLength(dOut);
        expect(shape(r.da1)).toEqual([n, h]);
        expect(shape(r.dz1)).toEqual([n, h]);
        expect(shape(r.dW1)).toEqual([dIn, h]);
        expect(r.db1).toHaveLength(h);
        expect(shape(r.dx)).toEqual([n, dIn]);
        for (const key of QUANTITY_ORDER) {
          expect([r[key]].flat(2).every(Number.isFinite)).toBe(true);
        }
        expect(r.loss).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test("gradients agree with central finite differences (smooth activations)", () => {
    fc.assert(
      fc.property(
        specArb({ hidden: ["identity", "sigmoid", "tanh"], heads: HEADS.filter((h) => h.output !== "relu") }),
        (spec) => {
          const check = gradCheck(spec, { eps: 1e-5 });
          for (const p of ["W1", "b1", "W2", "b2", "x"] as const) {
            const { analytic, numeric } = check.params[p];
            expect(mismatch(analytic, numeric, 1e-6, p)).toBeNull();
          }
        },
      ),
    );
  });

  test("gradients agree with central finite differences for ReLU away from its kink", () => {
    const margin = 1e-3; // ≫ eps, so no difference quotient straddles the kink
    fc.assert(
      fc.property(specArb({ hidden: ["relu"] }), (spec) => {
        const r = backprop(spec);
        fc.pre(r.z1.flat().every((z) => Math.abs(z) > margin));
        fc.pre(spec.output !== "relu" || r.z2.flat().every((z) => Math.abs(z) > margin));
        const check = gradCheck(spec, { eps: 1e-6 });
        for (const p of ["W1", "b1", "W2", "b2", "x"] as const) {
          expect(mismatch(check.params[p].analytic, check.params[p].numeric, 1e-6, p)).toBeNull();
        }
      }),
    );
  });

  test("loss and gradients stay finite for logits up to ±1000", () => {
    fc.assert(
      fc.property(
        specArb({ heads: HEADS, maxValue: 2 }),
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (spec, huge) => {
          // Push the logits out: b2 dominates z2.
          const s = { ...spec, b2: spec.b2.map((_, j) => huge[j % huge.length]!) };
          const r = backprop(s);
          expect(Number.isFinite(r.loss)).toBe(true);
          for (const key of QUANTITY_ORDER) expect([r[key]].flat(2).every(Number.isFinite)).toBe(true);
        },
      ),
    );
  });

  test.each([
    ["bce, confident and right", "sigmoid", "bce", [1000], [[1]], 0],
    ["bce, confident and wrong", "sigmoid", "bce", [1000], [[0]], 1000],
    ["bce, confident and wrong (negative)", "sigmoid", "bce", [-1000], [[1]], 1000],
    ["softmax_ce, confident and right", "identity", "softmax_ce", [1000, -1000], [[1, 0]], 0],
    ["softmax_ce, confident and wrong", "identity", "softmax_ce", [1000, -1000], [[0, 1]], 2000],
  ] as const)("extreme logits: %s", (_label, output, loss, b2, y, expectedLoss) => {
    const dOut = b2.length;
    const spec: TwoLayerSpec = {
      x: [[0.5]],
      y: y.map((r) => [...r]),
      W1: [[0]],
      b1: [0],
      W2: [Array.from({ length: dOut }, () => 0)],
      b2: [...b2],
      hidden: "tanh",
      output,
      loss,
    };
    const r = backprop(spec);
    expect(r.loss).toBeCloseTo(expectedLoss, 9);
    expect(r.dz2.flat().every(Number.isFinite)).toBe(true);
  });
});

describe("bad specs throw EngineInputError naming the field", () => {
  const mutate = (f: (s: Record<string, unknown>) => void) => (): Record<string, unknown> => {
    const s = cloneSpec(BASE) as unknown as Record<string, unknown>;
    f(s);
    return s;
  };
  const softmax = (f: (s: Record<string, unknown>) => void) =>
    mutate((s) => {
      Object.assign(s, {
        output: "identity",
        loss: "softmax_ce",
        W2: [
          [0.5, 0.1],
          [-0.5, 0.2],
        ],
        b2: [0.2, 0],
        y: [
          [1, 0],
          [0, 1],
        ],
      });
      f(s);
    });

  test.each([
    ["spec is null", "spec", (): Record<string, unknown> | null => null],
    ["x missing", "x", mutate((s) => delete s.x)],
    ["x empty", "x", mutate((s) => (s.x = []))],
    ["x row empty", "x[0]", mutate((s) => (s.x = [[], []]))],
    ["x ragged", "x[1]", mutate((s) => (s.x = [[1, 2], [3]]))],
    ["x entry NaN", "x[0][1]", mutate((s) => ((s.x as number[][])[0]![1] = NaN))],
    ["x entry a string", "x[1][0]", mutate((s) => ((s.x as unknown[][])[1]![0] = "1"))],
    ["W1 entry Infinity", "W1[1][0]", mutate((s) => ((s.W1 as number[][])[1]![0] = Infinity))],
    ["W1 entry −Infinity", "W1[0][0]", mutate((s) => ((s.W1 as number[][])[0]![0] = -Infinity))],
    ["W1 rows ≠ d_in", "W1", mutate((s) => (s.W1 = [[0.1, 0.2]]))],
    ["W1 not an array", "W1", mutate((s) => (s.W1 = 3))],
    ["b1 length ≠ h", "b1", mutate((s) => (s.b1 = [0.1]))],
    ["b1 entry NaN", "b1[0]", mutate((s) => (s.b1 = [NaN, 0]))],
    ["W2 rows ≠ h", "W2", mutate((s) => (s.W2 = [[0.5]]))],
    ["W2 ragged", "W2[1]", mutate((s) => (s.W2 = [[0.5], [0.1, 0.2]]))],
    ["b2 length ≠ d_out", "b2", mutate((s) => (s.b2 = [0.2, 0.3]))],
    ["b2 empty", "b2", mutate((s) => (s.b2 = []))],
    ["y rows ≠ n", "y", mutate((s) => (s.y = [[1]]))],
    [
      "y cols ≠ d_out",
      "y",
      mutate(
        (s) =>
          (s.y = [
            [1, 0],
            [0, 1],
          ]),
      ),
    ],
    ["y entry Infinity", "y[1][0]", mutate((s) => (s.y = [[1], [Infinity]]))],
    ["unknown hidden activation", "hidden", mutate((s) => (s.hidden = "gelu"))],
    ["unknown output activation", "output", mutate((s) => (s.output = "softmax"))],
    ["unknown loss", "loss", mutate((s) => (s.loss = "hinge"))],
    ["bce with identity output", "output", mutate((s) => (s.loss = "bce"))],
    ["softmax_ce with sigmoid output", "output", softmax((s) => (s.output = "sigmoid"))],
    [
      "bce target above 1",
      "y[0][0]",
      mutate((s) => Object.assign(s, { loss: "bce", output: "sigmoid", y: [[2], [0]] })),
    ],
    [
      "bce target below 0",
      "y[1][0]",
      mutate((s) => Object.assign(s, { loss: "bce", output: "sigmoid", y: [[1], [-0.5]] })),
    ],
    [
      "softmax_ce row not summing to 1",
      "y[1]",
      softmax(
        (s) =>
          (s.y = [
            [1, 0],
            [0.5, 0],
          ]),
      ),
    ],
    [
      "softmax_ce negative target",
      "y[0][0]",
      softmax(
        (s) =>
          (s.y = [
            [-0.5, 1.5],
            [0, 1],
          ]),
      ),
    ],
    [
      "values overflowing to Infinity",
      "spec",
      mutate((s) =>
        Object.assign(s, {
          x: [
            [1e200, 1e200],
            [1, 1],
          ],
          W1: [
            [1e200, 1],
            [1, 1],
          ],
        }),
      ),
    ],
  ] as const)("%s → field %s", (_label, field, make) => {
    const spec = make() as unknown as TwoLayerSpec;
    let caught: unknown;
    try {
      backprop(spec);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(EngineInputError);
    expect((caught as EngineInputError).field).toBe(field);
    expect((caught as EngineInputError).message.length).toBeGreaterThan(10);
  });

  test("any single non-finite entry is reported at its exact position", () => {
    fc.assert(
      fc.property(
        specArb(),
        fc.constantFrom("x", "W1", "W2", "b1", "b2", "y"),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(NaN, Infinity, -Infinity),
        (spec, field, i, j, bad) => {
          const s = cloneSpec(spec) as unknown as Record<string, number[] | number[][]>;
          const target = s[field]!;
          let expected: string;
          if (typeof target[0] === "number") {
            const k = i % target.length;
            (target as number[])[k] = bad;
            expected = `${field}[${k}]`;
          } else {
            const m = target as number[][];
            const r = i % m.length;
            const c = j % m[r]!.length;
            m[r]![c] = bad;
            expected = `${field}[${r}][${c}]`;
          }
          expect(() => backprop(s as unknown as TwoLayerSpec)).toThrow(
            expect.objectContaining({ name: "EngineInputError", field: expected }),
          );
        },
      ),
    );
  });
});
