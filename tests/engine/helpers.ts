import fc from "fast-check";
import type { Activation, Loss, TwoLayerSpec } from "@/lib/engine";

/** |a − b| ≤ tol·max(1, |b|) for every entry, with shapes equal. Returns the first failure, or null. */
export function mismatch(actual: unknown, expected: unknown, tol: number, path = ""): string | null {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return `${path}: expected a number, got ${typeof actual}`;
    if (!Number.isFinite(actual)) return `${path}: ${actual} is not finite`;
    return Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected))
      ? null
      : `${path}: ${actual} vs ${expected} (diff ${Math.abs(actual - expected)})`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array`;
    if (actual.length !== expected.length) return `${path}: length ${actual.length} vs ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(actual[i], expected[i], tol, `${path}[${i}]`);
      if (m !== null) return m;
    }
    return null;
  }
  return `${path}: unexpected expected value`;
}

export const HEADS: ReadonlyArray<{ output: Activation; loss: Loss }> = [
  { output: "identity", loss: "mse" },
  { output: "relu", loss: "mse" },
  { output: "sigmoid", loss: "mse" },
  { output: "tanh", loss: "mse" },
  { output: "sigmoid", loss: "bce" },
  { output: "identity", loss: "softmax_ce" },
];

const value = (max: number) => fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true });

const matrix = (rows: number, cols: number, max: number) =>
  fc.array(fc.array(value(max), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** Valid targets for the loss: one-hot rows, 0/1, or anything for mse. */
const targets = (loss: Loss, n: number, dOut: number) => {
  if (loss === "softmax_ce") {
    return fc
      .array(fc.integer({ min: 0, max: dOut - 1 }), { minLength: n, maxLength: n })
      .map((hot) => hot.map((k) => Array.from({ length: dOut }, (_, j) => (j === k ? 1 : 0))));
  }
  if (loss === "bce") {
    return fc.array(fc.array(fc.constantFrom(0, 1), { minLength: dOut, maxLength: dOut }), {
      minLength: n,
      maxLength: n,
    });
  }
  return matrix(n, dOut, 2);
};

export interface SpecOptions {
  hidden?: readonly Activation[];
  heads?: ReadonlyArray<{ output: Activation; loss: Loss }>;
  maxDim?: number;
  maxValue?: number;
}

/** Arbitrary valid specs: dims 1..maxDim, batch 1..4, entries in [−maxValue, maxValue]. */
export function specArb(opts: SpecOptions = {}): fc.Arbitrary<TwoLayerSpec> {
  const maxDim = opts.maxDim ?? 4;
  const maxValue = opts.maxValue ?? 2;
  const dim = fc.integer({ min: 1, max: maxDim });
  return fc
    .record({
      dIn: dim,
      h: dim,
      dOut: dim,
      n: fc.integer({ min: 1, max: 4 }),
      hidden: fc.constantFrom(...(opts.hidden ?? (["identity", "relu", "sigmoid", "tanh"] as const))),
      head: fc.constantFrom(...(opts.heads ?? HEADS)),
    })
    .chain(({ dIn, h, dOut, n, hidden, head }) => {
      const d = head.loss === "softmax_ce" ? Math.max(2, dOut) : dOut;
      return fc.record({
        x: matrix(n, dIn, maxValue),
        y: targets(head.loss, n, d),
        W1: matrix(dIn, h, maxValue),
        b1: fc.array(value(maxValue), { minLength: h, maxLength: h }),
        W2: matrix(h, d, maxValue),
        b2: fc.array(value(maxValue), { minLength: d, maxLength: d }),
        hidden: fc.constant(hidden),
        output: fc.constant(head.output),
        loss: fc.constant(head.loss),
      });
    });
}

export function cloneSpec(spec: TwoLayerSpec): TwoLayerSpec {
  return JSON.parse(JSON.stringify(spec)) as TwoLayerSpec;
}

/** A 2-2-1 ReLU net on a batch of 2, small enough to check by hand, with no pre-activation near the kink. */
export const SMALL_NET: TwoLayerSpec = {
  x: [
    [1, 2],
    [0.5, -1],
  ],
  y: [[1], [0]],
  W1: [
    [0.1, -0.2],
    [0.3, 0.4],
  ],
  b1: [0.1, -0.1],
  W2: [[0.5], [-0.5]],
  b2: [0.2],
  hidden: "relu",
  output: "identity",
  loss: "mse",
};
