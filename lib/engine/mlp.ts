/**
 * An N-layer perceptron for the training playground, wired from the same op table
 * (ops.ts) as the two-layer `backprop`, so both share every forward step and local
 * derivative: with one hidden layer the two give the same numbers.
 *
 *   a⁰ = x,   zˡ = aˡ⁻¹·Wˡ + bˡ,   aˡ = actˡ(zˡ)   for the hidden layers
 *   z  = a·W + b at the output, read through the head (sigmoid+bce, identity+mse, softmax_ce)
 *   L  = data loss + (λ/2)·Σ W²   (L2 on weights only: biases only shift, they do not overfit)
 *
 * Unlike `backprop`, nothing here throws on overflow: a learning rate that is too large is
 * an expected outcome in the playground, so a non-finite loss is returned for the trainer
 * to detect and report as divergence.
 */
import { EngineInputError } from "./errors";
import { ACTIVATIONS, LOSSES, activationBackward, activationForward, affine } from "./ops";
import type { RandomSource } from "./random";
import type { Activation, Loss, Matrix, Vector } from "./types";

/** Output non-linearity fused with its loss; softmax_ce always has two outputs (two classes). */
export type MlpHead = "sigmoid_bce" | "identity_mse" | "softmax_ce";
export const MLP_HEADS: readonly MlpHead[] = ["sigmoid_bce", "identity_mse", "softmax_ce"];

export const MLP_LIMITS = { minHidden: 1, maxHidden: 3, minUnits: 1, maxUnits: 8 } as const;

export interface HiddenLayerSpec {
  units: number;
  activation: Activation;
}

export interface MlpConfig {
  inputs: number;
  hidden: HiddenLayerSpec[];
  head: MlpHead;
}

/** One affine layer: W is fan_in × fan_out, so a batch runs as x·W + b like the two-layer engine. */
export interface MlpLayer {
  W: Matrix;
  b: Vector;
}

export interface Mlp {
  config: MlpConfig;
  /** hidden layers, then the output layer */
  layers: MlpLayer[];
}

export type MlpGrads = MlpLayer[];

const HEAD_PARTS: Record<MlpHead, { output: Activation; loss: Loss; outputs: number }> = {
  sigmoid_bce: { output: "sigmoid", loss: "bce", outputs: 1 },
  identity_mse: { output: "identity", loss: "mse", outputs: 1 },
  softmax_ce: { output: "identity", loss: "softmax_ce", outputs: 2 },
};

export function headParts(head: MlpHead): { output: Activation; loss: Loss; outputs: number } {
  return HEAD_PARTS[head];
}

export function validateMlpConfig(config: MlpConfig): void {
  const { minHidden, maxHidden, minUnits, maxUnits } = MLP_LIMITS;
  if (!Number.isInteger(config.inputs) || config.inputs < 1) {
    throw new EngineInputError("inputs", `inputs must be a positive integer, got ${config.inputs}`);
  }
  if (config.hidden.length < minHidden || config.hidden.length > maxHidden) {
    throw new EngineInputError(
      "hidden",
      `between ${minHidden} and ${maxHidden} hidden layers, got ${config.hidden.length}`,
    );
  }
  config.hidden.forEach((l, i) => {
    if (!Number.isInteger(l.units) || l.units < minUnits || l.units > maxUnits) {
      throw new EngineInputError(`hidden[${i}]`, `a hidden layer has ${minUnits}–${maxUnits} units, got ${l.units}`);
    }
    if (!(l.activation in ACTIVATIONS))
      throw new EngineInputError(`hidden[${i}]`, `unknown activation ${l.activation}`);
  });
  if (!(config.head in HEAD_PARTS)) throw new EngineInputError("head", `unknown head ${config.head}`);
}

/** Layer widths from input to output, e.g. [2, 4, 1]. */
export function layerSizes(config: MlpConfig): number[] {
  return [config.inputs, ...config.hidden.map((l) => l.units), HEAD_PARTS[config.head].outputs];
}

/** Standard normal from two uniforms (Box–Muller); 1 − u keeps the log argument in (0, 1]. */
function gaussian(random: RandomSource): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Seeded initialisation. He (std √(2/fan_in)) for ReLU layers keeps the variance of
 * activations steady when half the units are off; Xavier/Glorot (std √(2/(fan_in+fan_out)))
 * does the same for the symmetric tanh/sigmoid/identity. Biases start at 0: the random
 * weights already break the symmetry between units.
 */
export function initMlp(config: MlpConfig, random: RandomSource): Mlp {
  validateMlpConfig(config);
  const sizes = layerSizes(config);
  const layers: MlpLayer[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l]!;
    const fanOut = sizes[l + 1]!;
    const act = config.hidden[l]?.activation ?? HEAD_PARTS[config.head].output;
    const std = act === "relu" ? Math.sqrt(2 / fanIn) : Math.sqrt(2 / (fanIn + fanOut));
    const W = Array.from({ length: fanIn }, () => Array.from({ length: fanOut }, () => std * gaussian(random)));
    layers.push({ W, b: new Array<number>(fanOut).fill(0) });
  }
  return { config, layers };
}

export interface MlpForward {
  /** pre-activations per layer, hidden layers then the output logits */
  zs: Matrix[];
  /** activations per layer, a⁰ = x first, then each hidden layer, then the prediction */
  as: Matrix[];
}

export function mlpForward(net: Mlp, x: Matrix): MlpForward {
  const { output, loss } = HEAD_PARTS[net.config.head];
  const zs: Matrix[] = [];
  const as: Matrix[] = [x];
  net.layers.forEach((layer, l) => {
    const z = affine.forward(as[l]!, layer.W, layer.b);
    zs.push(z);
    const hidden = net.config.hidden[l];
    // The output layer goes through the loss's own predict: bce/softmax fuse their non-linearity.
    as.push(
      hidden ? activationForward(ACTIVATIONS[hidden.activation], z) : LOSSES[loss].predict(z, ACTIVATIONS[output]),
    );
  });
  return { zs, as };
}

/** The prediction: the last activation. */
export function mlpPredict(net: Mlp, x: Matrix): Matrix {
  const { as } = mlpForward(net, x);
  return as[as.length - 1]!;
}

/** (λ/2)·Σ W² over every weight matrix. */
export function l2Penalty(net: Mlp, l2: number): number {
  if (l2 === 0) return 0;
  let s = 0;
  for (const { W } of net.layers) for (const row of W) for (const w of row) s += w * w;
  return (l2 / 2) * s;
}

export function mlpLoss(net: Mlp, x: Matrix, y: Matrix, l2 = 0): number {
  const { loss } = HEAD_PARTS[net.config.head];
  const { zs, as } = mlpForward(net, x);
  return LOSSES[loss].forward(zs[zs.length - 1]!, as[as.length - 1]!, y) + l2Penalty(net, l2);
}

export interface MlpBackward extends MlpForward {
  /** data loss + L2 penalty */
  loss: number;
  dataLoss: number;
  grads: MlpGrads;
}

/**
 * Forward, then the chain rule layer by layer from the loss down: the head gives ∂L/∂z at
 * the logits, each affine layer splits δ into dW, db and the upstream δ·Wᵀ, each activation
 * multiplies by its local derivative. L2 adds λ·W to each dW (the derivative of (λ/2)W²).
 */
export function mlpBackward(net: Mlp, x: Matrix, y: Matrix, l2 = 0): MlpBackward {
  const { output, loss } = HEAD_PARTS[net.config.head];
  const lossOp = LOSSES[loss];
  const fwd = mlpForward(net, x);
  const { zs, as } = fwd;
  const last = net.layers.length - 1;
  const dataLoss = lossOp.forward(zs[last]!, as[last + 1]!, y);

  const grads: MlpGrads = new Array<MlpLayer>(net.layers.length);
  let dz = lossOp.backward(zs[last]!, as[last + 1]!, y, ACTIVATIONS[output]);
  for (let l = last; l >= 0; l--) {
    const layer = net.layers[l]!;
    const { dx, dW, db } = affine.backward(as[l]!, layer.W, dz);
    if (l2 !== 0) {
      for (let k = 0; k < dW.length; k++) {
        const dWk = dW[k]!;
        const Wk = layer.W[k]!;
        for (let j = 0; j < dWk.length; j++) dWk[j]! += l2 * Wk[j]!;
      }
    }
    grads[l] = { W: dW, b: db };
    if (l > 0) dz = activationBackward(ACTIVATIONS[net.config.hidden[l - 1]!.activation], zs[l - 1]!, as[l]!, dx);
  }
  return { ...fwd, loss: dataLoss + l2Penalty(net, l2), dataLoss, grads };
}

/** Class labels 0/1 as the targets each head trains against. */
export function targetsFor(head: MlpHead, labels: readonly number[]): Matrix {
  return head === "softmax_ce" ? labels.map((c) => [1 - c, c]) : labels.map((c) => [c]);
}

/**
 * P(class 1) read off a prediction row: softmax's second output, sigmoid's only output,
 * and for mse the raw output clipped to [0, 1] (it was regressed onto 0/1 targets).
 */
export function classOneProbability(head: MlpHead, row: readonly number[]): number {
  if (head === "softmax_ce") return row[1]!;
  const p = row[0]!;
  return head === "sigmoid_bce" ? p : Math.min(1, Math.max(0, p));
}
