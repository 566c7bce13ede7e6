import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  backprop,
  createRandom,
  EngineInputError,
  initMlp,
  initOptimizer,
  mlpBackward,
  mlpLoss,
  optimizerStep,
  type Activation,
  type Mlp,
  type MlpConfig,
  type MlpHead,
  type TwoLayerSpec,
} from "@/lib/engine";
import { mismatch, specArb } from "./helpers";

const HEAD_OF: Record<string, MlpHead> = { bce: "sigmoid_bce", mse: "identity_mse", softmax_ce: "softmax_ce" };
const ACTS: readonly Activation[] = ["identity", "relu", "sigmoid", "tanh"];

function netOf(spec: TwoLayerSpec): Mlp {
  return {
    config: {
      inputs: spec.W1.length,
      hidden: [{ units: spec.b1.length, activation: spec.hidden }],
      head: HEAD_OF[spec.loss]!,
    },
    layers: [
      { W: spec.W1, b: spec.b1 },
      { W: spec.W2, b: spec.b2 },
    ],
  };
}

describe("mlp with one hidden layer agrees with the two-layer backprop", () => {
  test("loss and every gradient, on arbitrary specs for each head", () => {
    const heads = [
      { output: "sigmoid", loss: "bce" },
      { output: "identity", loss: "mse" },
      { output: "identity", loss: "softmax_ce" },
    ] as const;
    fc.assert(
      fc.property(specArb({ heads, maxDim: 8 }), (spec) => {
        const ref = backprop(spec);
        const got = mlpBackward(netOf(spec), spec.x, spec.y);
        const expected = { loss: ref.loss, dW1: ref.dW1, db1: ref.db1, dW2: ref.dW2, db2: ref.db2, a2: ref.a2 };
        const actual = {
          loss: got.loss,
          dW1: got.grads[0]!.W,
          db1: got.grads[0]!.b,
          dW2: got.grads[1]!.W,
          db2: got.grads[1]!.b,
          a2: got.as[2],
        };
        for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
          expect(mismatch(actual[key], expected[key], 1e-12, key)).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** A random net (with random biases, so ReLU kinks are not all hit at once) and a batch for it. */
function randomProblem(seed: number, hidden: { units: number; activation: Activation }[], head: MlpHead, n: number) {
  const config: MlpConfig = { inputs: 2, hidden, head };
  const r = createRandom(seed);
  const init = initMlp(config, r);
  const net: Mlp = { config, layers: init.layers.map((l) => ({ W: l.W, b: l.b.map(() => r.next() - 0.5) })) };
  const x = Array.from({ length: n }, () => [2 * r.next() - 1, 2 * r.next() - 1]);
  const labels = Array.from({ length: n }, () => r.int(0, 1));
  const y =
    head === "softmax_ce"
      ? labels.map((c) => [1 - c, c])
      : head === "sigmoid_bce"
        ? labels.map((c) => [c])
        : x.map(() => [r.next() * 2 - 1]);
  return { net, x, y };
}

describe("finite differences on deeper nets", () => {
  const layer = fc.record({ units: fc.integer({ min: 1, max: 8 }), activation: fc.constantFrom(...ACTS) });
  test("2–3 hidden layers, every head, with and without L2", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(layer, { minLength: 2, maxLength: 3 }),
        fc.constantFrom<MlpHead>("sigmoid_bce", "identity_mse", "softmax_ce"),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(0, 0.01),
        (seed, hidden, head, n, l2) => {
          const { net, x, y } = randomProblem(seed, hidden, head, n);
          const { grads, zs } = mlpBackward(net, x, y, l2);
          // Central differences straddle a ReLU kink when a pre-activation is within eps of 0.
          const eps = 1e-5;
          const nearKink = zs
            .slice(0, -1)
            .some((z, l) => hidden[l]!.activation === "relu" && z.some((r) => r.some((v) => Math.abs(v) < 1e-3)));
          fc.pre(!nearKink);
          net.layers.forEach((lay, l) => {
            const params = [...lay.W.map((row, k) => ({ row, k })), { row: lay.b, k: -1 }];
            for (const { row, k } of params) {
              for (let j = 0; j < row.length; j++) {
                const keep = row[j]!;
                row[j] = keep + eps;
                const up = mlpLoss(net, x, y, l2);
                row[j] = keep - eps;
                const down = mlpLoss(net, x, y, l2);
                row[j] = keep;
                const fd = (up - down) / (2 * eps);
                const an = k === -1 ? grads[l]!.b[j]! : grads[l]!.W[k]![j]!;
                expect(Math.abs(fd - an)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(an)));
              }
            }
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("initialisation", () => {
  const cfg = (activation: Activation): MlpConfig => ({
    inputs: 2,
    hidden: [{ units: 8, activation }],
    head: "sigmoid_bce",
  });

  test("same seed, same weights; biases start at zero", () => {
    expect(initMlp(cfg("tanh"), createRandom(5))).toEqual(initMlp(cfg("tanh"), createRandom(5)));
    expect(initMlp(cfg("tanh"), createRandom(5))).not.toEqual(initMlp(cfg("tanh"), createRandom(6)));
    expect(initMlp(cfg("relu"), createRandom(5)).layers.every((l) => l.b.every((b) => b === 0))).toBe(true);
  });

  test("He for relu (std √(2/fan_in)), Xavier for tanh (std √(2/(fan_in+fan_out)))", () => {
    const std = (activation: Activation) => {
      const ws = Array.from({ length: 400 }, (_, s) =>
        initMlp(cfg(activation), createRandom(s)).layers[0]!.W.flat(),
      ).flat();
      return Math.sqrt(ws.reduce((a, w) => a + w * w, 0) / ws.length);
    };
    expect(std("relu")).toBeCloseTo(Math.sqrt(2 / 2), 1);
    expect(std("tanh")).toBeCloseTo(Math.sqrt(2 / 10), 1);
  });

  test("refuses shapes outside 1–3 layers of 1–8 units", () => {
    const bad: MlpConfig[] = [
      { inputs: 2, hidden: [], head: "sigmoid_bce" },
      {
        inputs: 2,
        hidden: Array.from({ length: 4 }, () => ({ units: 2, activation: "tanh" as const })),
        head: "sigmoid_bce",
      },
      { inputs: 2, hidden: [{ units: 9, activation: "tanh" }], head: "sigmoid_bce" },
    ];
    for (const c of bad) expect(() => initMlp(c, createRandom(1))).toThrow(EngineInputError);
  });
});

describe("optimisers are pure state → state steps", () => {
  const { net, x, y } = randomProblem(3, [{ units: 3, activation: "tanh" }], "sigmoid_bce", 4);
  const { grads } = mlpBackward(net, x, y);
  const frozen = JSON.stringify(net);

  test("SGD moves each parameter by −lr·g and leaves its inputs alone", () => {
    const { net: next } = optimizerStep(net, grads, initOptimizer("sgd", net), { name: "sgd", lr: 0.1 });
    expect(next.layers[0]!.W[1]![2]).toBeCloseTo(net.layers[0]!.W[1]![2]! - 0.1 * grads[0]!.W[1]![2]!, 14);
    expect(JSON.stringify(net)).toBe(frozen);
  });

  test("momentum's second step adds μ times the first", () => {
    const settings = { name: "momentum" as const, lr: 0.1, beta: 0.9 };
    const s1 = optimizerStep(net, grads, initOptimizer("momentum", net), settings);
    const s2 = optimizerStep(s1.net, grads, s1.state, settings);
    const g = grads[1]!.b[0]!;
    expect(s2.net.layers[1]!.b[0]).toBeCloseTo(net.layers[1]!.b[0]! - 0.1 * g - 0.1 * (0.9 * g + g), 12);
  });

  test("Adam's first step has size ≈ lr against the gradient's sign", () => {
    const { net: next, state } = optimizerStep(net, grads, initOptimizer("adam", net), { name: "adam", lr: 0.01 });
    const g = grads[0]!.W[0]![0]!;
    expect(next.layers[0]!.W[0]![0]! - net.layers[0]!.W[0]![0]!).toBeCloseTo(-0.01 * Math.sign(g), 5);
    expect(state.t).toBe(1);
    expect(JSON.stringify(net)).toBe(frozen);
  });

  test("L2 adds λ·W to the weight gradients and (λ/2)ΣW² to the loss", () => {
    const plain = mlpBackward(net, x, y, 0);
    const decayed = mlpBackward(net, x, y, 0.1);
    const w = net.layers[0]!.W[0]![1]!;
    expect(decayed.grads[0]!.W[0]![1]).toBeCloseTo(plain.grads[0]!.W[0]![1]! + 0.1 * w, 14);
    expect(decayed.grads[0]!.b).toEqual(plain.grads[0]!.b);
    const sq = net.layers.flatMap((l) => l.W.flat()).reduce((a, v) => a + v * v, 0);
    expect(decayed.loss).toBeCloseTo(plain.loss + 0.05 * sq, 14);
  });
});
