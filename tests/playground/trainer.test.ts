import { describe, expect, test } from "vitest";
import type { MlpConfig } from "@/lib/engine";
import { generateDataset } from "@/lib/playground/datasets";
import { formatSigned } from "@/lib/playground/grid";
import { formatLr, lrFromStep, LR_STEPS } from "@/lib/playground/settings";
import { batchesFor, createTrainer, trainEpoch, type TrainSettings, type TrainerState } from "@/lib/playground/trainer";

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
