/**
 * Everything the playground's controls set, with the defaults a first visit shows, and
 * how those settings become the engine's and the trainer's inputs.
 */
import type { Activation, HiddenLayerSpec, MlpConfig, MlpHead, OptimizerName } from "@/lib/engine";
import type { DatasetKind, DatasetOptions } from "./datasets";
import type { TrainSettings } from "./trainer";

export type BatchModeName = "full" | "mini" | "single";

export interface PlaygroundSettings {
  hidden: HiddenLayerSpec[];
  head: MlpHead;
  optimizer: PlaygroundOptimizer;
  /** position on the learning-rate slider; see lrFromStep */
  lrStep: number;
  batch: BatchModeName;
  batchSize: number;
  l2: number;
  seed: number;
  dataset: DatasetKind;
  noise: number;
  /** percent of points held out for testing */
  testPercent: number;
}

/**
 * How controls change the settings: with a patch, or with one worked out from the latest settings, so that changes
 * made in one batch (controls taking in values set before hydration) each see the one before.
 */
export type SettingsUpdate = (
  patch: Partial<PlaygroundSettings> | ((latest: PlaygroundSettings) => Partial<PlaygroundSettings>),
) => void;

/**
 * The learning-rate slider is logarithmic: a tenth of a decade per step from 0.001 (step 0)
 * to 10 (step 40). Useful rates span four orders of magnitude, and a linear slider would
 * spend nearly all its travel above 1.
 */
export const LR_STEPS = 40;
export function lrFromStep(step: number): number {
  return Number(Math.pow(10, -3 + Math.min(LR_STEPS, Math.max(0, step)) / 10).toPrecision(3));
}
export function formatLr(lr: number): string {
  return lr >= 1 ? String(Number(lr.toPrecision(3))) : lr.toPrecision(2).replace(/0+$/, "");
}

export const DATASET_SIZE = 200;
export const ACTIVATION_CHOICES: readonly Activation[] = ["tanh", "relu", "sigmoid", "identity"];
// Short enough for the controls column: the long names ("Sigmoid + binary cross-entr…") were cut off in the select.
export const HEAD_LABELS: Record<MlpHead, string> = {
  sigmoid_bce: "Sigmoid + BCE",
  identity_mse: "Identity + MSE",
  softmax_ce: "Softmax + CE (2 outputs)",
};
/** The engine's rules the playground offers: three is enough to compare on a small net and fits the select. */
export type PlaygroundOptimizer = Extract<OptimizerName, "sgd" | "momentum" | "adam">;
export const PLAYGROUND_OPTIMIZERS: readonly PlaygroundOptimizer[] = ["sgd", "momentum", "adam"];
export const OPTIMIZER_LABELS: Record<PlaygroundOptimizer, string> = {
  sgd: "SGD",
  momentum: "Momentum (0.9)",
  adam: "Adam",
};
export const BATCH_MODES: readonly BatchModeName[] = ["full", "mini", "single"];
/** The weight-decay strengths offered: a short list, since λ matters only by its order of magnitude. */
export const L2_CHOICES: readonly number[] = [0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1];
export const BATCH_LABELS: Record<BatchModeName, string> = {
  full: "Full batch",
  mini: "Mini-batch",
  single: "One example at a time",
};

export const DEFAULT_SETTINGS: PlaygroundSettings = {
  hidden: [
    { units: 4, activation: "tanh" },
    { units: 2, activation: "tanh" },
  ],
  head: "sigmoid_bce",
  optimizer: "adam",
  lrStep: 15, // 0.0316
  batch: "full",
  batchSize: 16,
  l2: 0,
  seed: 1,
  dataset: "xor",
  noise: 0.05,
  testPercent: 30,
};

export function mlpConfigOf(s: PlaygroundSettings): MlpConfig {
  return { inputs: 2, hidden: s.hidden, head: s.head };
}

export function trainSettingsOf(s: PlaygroundSettings): TrainSettings {
  const batch =
    s.batch === "mini"
      ? { mode: "mini" as const, size: s.batchSize }
      : s.batch === "single"
        ? { mode: "single" as const }
        : { mode: "full" as const };
  return { optimizer: { name: s.optimizer, lr: lrFromStep(s.lrStep) }, batch, l2: s.l2 };
}

export function datasetOptionsOf(s: PlaygroundSettings): DatasetOptions {
  return { kind: s.dataset, size: DATASET_SIZE, noise: s.noise, testFraction: s.testPercent / 100, seed: s.seed };
}
