import { describe, expect, test } from "vitest";
import {
  emptyEntryStep,
  initOptimizer,
  optimizerStep as networkStep,
  stepConstants,
  UPDATE_RULES,
  type Mlp,
  type OptimizerName,
  type OptimizerSettings,
  type OptimizerState,
} from "@/lib/engine";
import { optimizerStep as calculatorStep, type OptimizerConfig } from "@/lib/calculators/optimizers";

/**
 * One update rule, two callers: each case is a single step worked by hand, checked against the engine's
 * per-entry rule, the optimizer calculator (a 2-D point) and the playground's network step (every weight),
 * the last two to the bit against the rule itself.
 */
interface Case {
  label: string;
  settings: OptimizerSettings;
  /** the step's number, 1 on the first */
  t: number;
  p: number;
  g: number;
  m: number;
  v: number;
  expected: { param: number; m: number; v: number };
}

const CASES: Case[] = [
  {
    label: "SGD: 1 − 0.1·2",
    settings: { name: "sgd", lr: 0.1 },
    t: 1,
    p: 1,
    g: 2,
    m: 0,
    v: 0,
    expected: { param: 0.8, m: 0, v: 0 },
  },
  {
    label: "momentum: u = 0.9·1 + 2 = 2.9; 1 − 0.1·2.9",
    settings: { name: "momentum", lr: 0.1, beta: 0.9 },
    t: 2,
    p: 1,
    g: 2,
    m: 1,
    v: 0,
    expected: { param: 0.71, m: 2.9, v: 0 },
  },
  {
    label: "Nesterov: u = 2.9; 1 − 0.1·(2 + 0.9·2.9)",
    settings: { name: "nesterov", lr: 0.1, beta: 0.9 },
    t: 2,
    p: 1,
    g: 2,
    m: 1,
    v: 0,
    expected: { param: 1 - 0.1 * 4.61, m: 2.9, v: 0 },
  },
  {
    label: "Adam first step: m = 0.2, v = 0.004, m̂ = 2, v̂ = 4; 1 − 0.1·2/(2 + 1e-8)",
    settings: { name: "adam", lr: 0.1 },
    t: 1,
    p: 1,
    g: 2,
    m: 0,
    v: 0,
    expected: { param: 1 - 0.1 * (2 / (2 + 1e-8)), m: 0.2, v: 0.004 },
  },
  {
    label: "Adam second step: m = 0.38, v = 0.007996, m̂ = 2, v̂ = 4",
    settings: { name: "adam", lr: 0.1 },
    t: 2,
    p: 0.9,
    g: 2,
    m: 0.2,
    v: 0.004,
    expected: { param: 0.9 - 0.1 * (2 / (2 + 1e-8)), m: 0.38, v: 0.007996 },
  },
  {
    label: "AdamW first step: 1 − 0.1·(2/(2 + 1e-8) + 0.01·1)",
    settings: { name: "adamw", lr: 0.1, weightDecay: 0.01 },
    t: 1,
    p: 1,
    g: 2,
    m: 0,
    v: 0,
    expected: { param: 1 - 0.1 * (2 / (2 + 1e-8) + 0.01), m: 0.2, v: 0.004 },
  },
];

function ruleStep(c: Case) {
  const out = emptyEntryStep();
  UPDATE_RULES[c.settings.name](stepConstants(c.settings, c.t), c.p, c.g, c.m, c.v, out);
  return out;
}

/** A 1-1-1 net with every weight and bias at p, every gradient g and every buffer at (m, v). */
function networkOf(c: Case) {
  const layer = (x: number) => ({ W: [[x]], b: [x] });
  const net: Mlp = {
    config: { inputs: 1, hidden: [{ units: 1, activation: "tanh" }], head: "identity_mse" },
    layers: [layer(c.p), layer(c.p)],
  };
  const init = initOptimizer(c.settings.name, net);
  const state: OptimizerState = {
    ...init,
    t: c.t - 1,
    m: init.m.length ? [layer(c.m), layer(c.m)] : [],
    v: init.v.length ? [layer(c.v), layer(c.v)] : [],
  };
  return networkStep(net, [layer(c.g), layer(c.g)], state, c.settings);
}

const CALCULATOR_KIND: Partial<Record<OptimizerName, OptimizerConfig["kind"]>> = {
  sgd: "sgd",
  momentum: "momentum",
  adam: "adam",
  adamw: "adamw",
};

describe("one update rule for the calculator and the playground", () => {
  test.each(CASES)("$label: the rule matches the hand-worked step", (c) => {
    const r = ruleStep(c);
    expect(r.param).toBeCloseTo(c.expected.param, 12);
    expect(r.m).toBeCloseTo(c.expected.m, 12);
    expect(r.v).toBeCloseTo(c.expected.v, 12);
  });

  test.each(CASES)("$label: the playground's network step is the rule, to the bit", (c) => {
    const r = ruleStep(c);
    const { net, state } = networkOf(c);
    for (const layer of net.layers) expect([layer.W[0]![0], layer.b[0]]).toEqual([r.param, r.param]);
    if (state.m.length) expect(state.m[1]!.b[0]).toBe(r.m);
    if (state.v.length) expect(state.v[0]!.W[0]![0]).toBe(r.v);
    expect(state.t).toBe(c.t);
  });

  test.each(CASES.filter((c) => CALCULATOR_KIND[c.settings.name]))(
    "$label: the calculator's step is the rule, to the bit",
    (c) => {
      const r = ruleStep(c);
      const { name, ...hyper } = c.settings;
      const config = { kind: CALCULATOR_KIND[name]!, ...hyper } as OptimizerConfig;
      const state = {
        t: c.t - 1,
        velocity: [c.m, c.m] as [number, number],
        m: [c.m, c.m] as [number, number],
        v: [c.v, c.v] as [number, number],
      };
      const step = calculatorStep(config, [c.p, c.p], [c.g, c.g], state);
      expect(step.params).toEqual([r.param, r.param]);
      if (name === "momentum") expect(step.state.velocity).toEqual([r.m, r.m]);
      if (step.adam) expect([step.adam.m[0], step.adam.v[1], step.adam.mHat[0]]).toEqual([r.m, r.v, r.mHat]);
    },
  );
});
