/**
 * The playground's training loop as pure functions: `createTrainer` builds the starting
 * state from a seed, `trainEpoch` returns the state one epoch later. No clock and no
 * hidden randomness: mini-batch shuffles are drawn from (seed, epoch), so a run replays
 * exactly, and the UI can slice epochs over animation frames however it likes.
 */
import {
  createRandom,
  initMlp,
  initOptimizer,
  mlpBackward,
  mlpLoss,
  optimizerStep,
  targetsFor,
  type Mlp,
  type MlpConfig,
  type MlpGrads,
  type OptimizerSettings,
  type OptimizerState,
} from "@/lib/engine";
import { toMatrix, type Dataset } from "./datasets";
import { downsampleMinMax } from "./downsample";

export type BatchMode = { mode: "full" } | { mode: "mini"; size: number } | { mode: "single" };

export interface TrainSettings {
  optimizer: OptimizerSettings;
  batch: BatchMode;
  /** L2 weight-decay strength λ */
  l2: number;
}

export interface LossPoint {
  epoch: number;
  train: number;
  test: number;
}

export interface TrainerState {
  net: Mlp;
  optimizer: OptimizerState;
  epoch: number;
  seed: number;
  /** full training loss (data + L2) at the current weights */
  trainLoss: number;
  /** data loss on the test set (no penalty: it measures fit, not the objective) */
  testLoss: number;
  /** ∂L/∂θ of the full training loss at the current weights, for the diagram's tooltips */
  grads: MlpGrads;
  history: LossPoint[];
  /** set once the loss or a weight is NaN/±Infinity or the loss exceeds DIVERGENCE_LOSS; training stops */
  diverged: boolean;
}

/** A loss this large on 0/1 targets means the weights are running away. */
export const DIVERGENCE_LOSS = 1e6;
/**
 * The history keeps at most this many points. Past it the whole run is compacted to the smallest and largest
 * train and test loss in each of HISTORY_BUCKETS equal spans of epochs (at most 4 per span, plus the ends), and
 * grows again from there. Thinning to every other point instead, as it once did, halved the oldest points at
 * every overflow, so after a long run the first thousands of epochs were a single straight segment.
 */
export const HISTORY_LIMIT = 1200;
export const HISTORY_BUCKETS = 150;

interface Prepared {
  x: number[][];
  y: number[][];
}

function prepare(net: Mlp, data: Dataset): { train: Prepared; test: Prepared } {
  const head = net.config.head;
  const tr = toMatrix(data.train);
  const te = toMatrix(data.test);
  return { train: { x: tr.x, y: targetsFor(head, tr.labels) }, test: { x: te.x, y: targetsFor(head, te.labels) } };
}

function isBad(v: number): boolean {
  return !Number.isFinite(v) || v > DIVERGENCE_LOSS;
}

function weightsFinite(net: Mlp): boolean {
  return net.layers.every((l) => l.b.every(Number.isFinite) && l.W.every((r) => r.every(Number.isFinite)));
}

/** Losses and gradients at the current weights; marks divergence instead of throwing. */
function evaluate(
  state: Omit<TrainerState, "trainLoss" | "testLoss" | "grads" | "diverged">,
  data: Dataset,
  l2: number,
) {
  const { train, test } = prepare(state.net, data);
  const full = mlpBackward(state.net, train.x, train.y, l2);
  const testLoss = test.x.length > 0 ? mlpLoss(state.net, test.x, test.y) : Number.NaN;
  const diverged = isBad(full.loss) || !weightsFinite(state.net);
  return { trainLoss: full.loss, testLoss, grads: full.grads, diverged };
}

const LOSSES = [(p: LossPoint) => p.train, (p: LossPoint) => p.test];

function pushHistory(history: LossPoint[], point: LossPoint): LossPoint[] {
  const next = [...history, point];
  return next.length <= HISTORY_LIMIT ? next : downsampleMinMax(next, HISTORY_BUCKETS, (p) => p.epoch, LOSSES);
}

export function createTrainer(config: MlpConfig, data: Dataset, settings: TrainSettings, seed: number): TrainerState {
  const net = initMlp(config, createRandom(seed));
  const base = { net, optimizer: initOptimizer(settings.optimizer.name, net), epoch: 0, seed, history: [] };
  const ev = evaluate(base, data, settings.l2);
  return { ...base, ...ev, history: [{ epoch: 0, train: ev.trainLoss, test: ev.testLoss }] };
}

/** Index batches for one epoch: the whole set, shuffled chunks of k, or one shuffled example at a time. */
export function batchesFor(n: number, batch: BatchMode, seed: number, epoch: number): number[][] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (batch.mode === "full") return [all];
  const r = createRandom((seed * 7919 + epoch) | 0);
  for (let i = n - 1; i > 0; i--) {
    const j = r.int(0, i);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  const k = batch.mode === "single" ? 1 : Math.max(1, Math.floor(batch.size));
  const out: number[][] = [];
  for (let i = 0; i < n; i += k) out.push(all.slice(i, i + k));
  return out;
}

export function trainEpoch(state: TrainerState, data: Dataset, settings: TrainSettings): TrainerState {
  if (state.diverged || data.train.length === 0) return state;
  // Switching optimiser mid-run starts its running averages afresh.
  let optimizer =
    state.optimizer.name === settings.optimizer.name
      ? state.optimizer
      : initOptimizer(settings.optimizer.name, state.net);
  let net = state.net;
  const { train } = prepare(net, data);
  for (const idx of batchesFor(train.x.length, settings.batch, state.seed, state.epoch)) {
    const x = idx.map((i) => train.x[i]!);
    const y = idx.map((i) => train.y[i]!);
    const { loss, grads } = mlpBackward(net, x, y, settings.l2);
    if (isBad(loss)) break; // the evaluation below reports it
    ({ net, state: optimizer } = optimizerStep(net, grads, optimizer, settings.optimizer));
  }
  const epoch = state.epoch + 1;
  const ev = evaluate({ ...state, net, optimizer, epoch }, data, settings.l2);
  const history = pushHistory(state.history, { epoch, train: ev.trainLoss, test: ev.testLoss });
  return { ...state, net, optimizer, epoch, ...ev, history };
}
