import { describe, expect, test } from "vitest";
import type { MlpConfig } from "@/lib/engine";
import { generateDataset } from "@/lib/playground/datasets";
import { formatSigned } from "@/lib/playground/grid";
import { formatLr, lrFromStep, LR_STEPS } from "@/lib/playground/settings";
import {
  batchesFor,
  createTrainer,
  HISTORY_LIMIT,
  trainEpoch,
  type LossPoint,
  type TrainSettings,
  type TrainerState,
} from "@/lib/playground/trainer";

const xor = generateDataset({ kind: "xor", size: 200, noise: 0, testFraction: 0.2, seed: 1 });
const run = (
  config: MlpConfig,
  settings: TrainSettings,
  seed: number,
  epochs: number,
  until = (_s: TrainerState) => false,
) => {
  let s = createTrainer(config, xor, settings, seed);
  while (s.epoch < epochs && !s.diverged && !until(s)) s = trainEpoch(s, xor, settings);
  return s;
};

describe("trainer", () => {
  test("XOR: 2-4-1 tanh, sigmoid+bce, Adam lr 0.05 gets under 0.05 loss within 400 epochs", () => {
    const config: MlpConfig = { inputs: 2, hidden: [{ units: 4, activation: "tanh" }], head: "sigmoid_bce" };
    const s = run(
      config,
      { optimizer: { name: "adam", lr: 0.05 }, batch: { mode: "full" }, l2: 0 },
      7,
      400,
      (t) => t.trainLoss < 0.05,
    );
    expect(s.trainLoss).toBeLessThan(0.05);
    expect(s.testLoss).toBeLessThan(0.2);
    expect(s.diverged).toBe(false);
  });

  test("every optimiser and batch mode lowers the loss on XOR", () => {
    const config: MlpConfig = {
      inputs: 2,
      hidden: [
        { units: 6, activation: "relu" },
        { units: 4, activation: "tanh" },
      ],
      head: "softmax_ce",
    };
    for (const [name, lr] of [
      ["sgd", 0.3],
      ["momentum", 0.02],
      ["adam", 0.01],
    ] as const) {
      for (const batch of [{ mode: "full" }, { mode: "mini", size: 16 }, { mode: "single" }] as const) {
        const start = createTrainer(config, xor, { optimizer: { name, lr }, batch, l2: 0.001 }, 3);
        const end = run(config, { optimizer: { name, lr }, batch, l2: 0.001 }, 3, 60);
        expect(end.trainLoss, `${name} ${batch.mode}`).toBeLessThan(start.trainLoss * 0.8);
      }
    }
  });

  test("same seed, same run", () => {
    const config: MlpConfig = { inputs: 2, hidden: [{ units: 3, activation: "sigmoid" }], head: "identity_mse" };
    const settings: TrainSettings = {
      optimizer: { name: "momentum", lr: 0.1 },
      batch: { mode: "mini", size: 10 },
      l2: 0,
    };
    expect(run(config, settings, 9, 20)).toEqual(run(config, settings, 9, 20));
  });

  test("a learning rate of 10 with SGD on mse diverges: flagged, and training stops", () => {
    const config: MlpConfig = {
      inputs: 2,
      hidden: [
        { units: 4, activation: "tanh" },
        { units: 2, activation: "tanh" },
      ],
      head: "identity_mse",
    };
    const settings: TrainSettings = { optimizer: { name: "sgd", lr: 10 }, batch: { mode: "full" }, l2: 0 };
    const s = run(config, settings, 1, 50);
    expect(s.diverged).toBe(true);
    expect(trainEpoch(s, xor, settings)).toBe(s);
  });

  test("batches: the whole set, shuffled chunks of k, or one at a time; each index once", () => {
    expect(batchesFor(5, { mode: "full" }, 1, 0)).toEqual([[0, 1, 2, 3, 4]]);
    const mini = batchesFor(10, { mode: "mini", size: 4 }, 1, 0);
    expect(mini.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(mini.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(batchesFor(10, { mode: "single" }, 1, 0)).toHaveLength(10);
    expect(batchesFor(10, { mode: "single" }, 1, 1)).not.toEqual(batchesFor(10, { mode: "single" }, 1, 2));
  });
});

describe("display helpers", () => {
  test("the learning-rate slider spans 0.001 to 10 in tenths of a decade", () => {
    expect(lrFromStep(0)).toBe(0.001);
    expect(lrFromStep(LR_STEPS)).toBe(10);
    expect(lrFromStep(20)).toBe(0.1);
    expect(formatLr(lrFromStep(15))).toBe("0.032");
    expect(formatLr(10)).toBe("10");
  });

  test("signed numbers use a real minus sign", () => {
    expect(formatSigned(-0.0123)).toBe("−0.012");
    expect(formatSigned(0.534)).toBe("0.53");
    expect(formatSigned(0)).toBe("0");
  });
});

describe("loss history over a long run", () => {
  // Mini-batches at a high rate: a noisy curve, whose spikes and dips a thinned history loses.
  const config: MlpConfig = {
    inputs: 2,
    hidden: [
      { units: 4, activation: "tanh" },
      { units: 2, activation: "tanh" },
    ],
    head: "sigmoid_bce",
  };
  const settings: TrainSettings = { optimizer: { name: "adam", lr: 0.3 }, batch: { mode: "mini", size: 16 }, l2: 0 };
  const EPOCHS = 6000;
  let s = createTrainer(config, xor, settings, 1);
  const every: LossPoint[] = [...s.history];
  while (s.epoch < EPOCHS) {
    s = trainEpoch(s, xor, settings);
    every.push(s.history.at(-1)!);
  }

  test("stays bounded and in order, from epoch 0 to the last", () => {
    expect(s.diverged).toBe(false);
    expect(s.history.length).toBeLessThanOrEqual(HISTORY_LIMIT);
    expect(s.history[0]!.epoch).toBe(0);
    expect(s.history.at(-1)!.epoch).toBe(EPOCHS);
    for (let i = 1; i < s.history.length; i++) expect(s.history[i]!.epoch).toBeGreaterThan(s.history[i - 1]!.epoch);
  });

  test("every tenth of the run keeps its points: the early epochs are not one straight segment", () => {
    for (let k = 0; k < 10; k++) {
      const inTenth = s.history.filter((p) => p.epoch >= (k * EPOCHS) / 10 && p.epoch < ((k + 1) * EPOCHS) / 10);
      expect(inTenth.length, `epochs ${(k * EPOCHS) / 10}…`).toBeGreaterThanOrEqual(40);
    }
  });

  test.each([
    { label: "train loss", key: "train" as const },
    { label: "test loss", key: "test" as const },
  ])("the highest and lowest $label of the whole run are kept", ({ key }) => {
    const epochs = s.history.map((p) => p.epoch);
    expect(epochs).toContain(every.reduce((a, p) => (p[key] > a[key] ? p : a)).epoch);
    expect(epochs).toContain(every.reduce((a, p) => (p[key] < a[key] ? p : a)).epoch);
  });

  test("each tenth of the run keeps its highest spike and lowest dip of the train loss", () => {
    for (let k = 0; k < 10; k++) {
      const inTenth = (p: LossPoint) => p.epoch >= (k * EPOCHS) / 10 && p.epoch < ((k + 1) * EPOCHS) / 10;
      const truth = every.filter(inTenth).map((p) => p.train);
      const kept = s.history.filter(inTenth).map((p) => p.train);
      expect(Math.max(...kept), `tenth ${k}`).toBe(Math.max(...truth));
      expect(Math.min(...kept), `tenth ${k}`).toBe(Math.min(...truth));
    }
  });
});
