// Computable numbers the backpropagation deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import { activationAt, activationMemory, crossEntropy } from "@/lib/calculators";
import type { Fact } from "@/lib/content/fact-types";
import { backprop } from "@/lib/engine";

const sigmoid = (z: number) => activationAt("sigmoid", z).value;
const tanh = (z: number) => activationAt("tanh", z).value;

/** The cost model the deck uses: backward = two matmuls per forward matmul, so twice the forward. */
const BACKWARD_PER_FORWARD = 2;
/** Forward FLOPs per parameter and token: one multiply and one add. */
const FORWARD_FLOPS_PER_PARAM = 2;
const stepForwards = 1 + BACKWARD_PER_FORWARD;
/** Checkpointing reruns each segment's forward once: one extra forward per step. */
const checkpointedStepForwards = stepForwards + 1;

/** bp-two-layer-by-hand: h = ReLU(w₁x + b₁), ŷ = w₂h + b₂, L = (ŷ − y)², run through the engine (mse over 1 entry). */
const byHand = () =>
  backprop({
    x: [[2]],
    y: [[0]],
    W1: [[0.5]],
    b1: [0],
    W2: [[-3]],
    b2: [1],
    hidden: "relu",
    output: "identity",
    loss: "mse",
  });
const BY_HAND_LR = 0.01;

/** bp-mse-gradient's worked number: one output a = 0.9 (a sigmoid's output), target y = 0, N = 1. */
const MSE_A = 0.9;
const MSE_Y = 0;

/** bp-softmax-cross-entropy-gradient: logits (2, 1, 0), true class first. */
const ceExample = () => crossEntropy([2, 1, 0], 0);

/** bp-gradient-checkpointing's example: 100 layers split at 10 checkpoints. */
const CKPT_LAYERS = 100;
const CKPT_SEGMENTS = 10;

export const backpropagationFacts = {
  "sigmoid-prime-1": {
    stated: 0.197,
    digits: 3,
    what: "σ′(1): the floor of the double-sigmoid mistake σ′(a), a ∈ (0, 1)",
    compute: () => activationAt("sigmoid", 1).derivative,
  },
  "sigmoid-prime-3": { stated: 0.045, digits: 2, what: "σ′(3)", compute: () => activationAt("sigmoid", 3).derivative },
  "sigmoid-prime-of-sigmoid-3": {
    stated: 0.201,
    digits: 3,
    what: "σ′(σ(3)): the slope wrongly computed by applying the sigmoid twice",
    compute: () => activationAt("sigmoid", activationAt("sigmoid", 3).value).derivative,
  },
  "tanh-prime-1": {
    stated: 0.42,
    digits: 2,
    what: "tanh′(1): the floor of 1 − tanh²(a) for a ∈ (−1, 1)",
    compute: () => activationAt("tanh", 1).derivative,
  },
  "mlp-activation-memory-mb": {
    stated: 336,
    digits: 3,
    what: "MB of saved activations: 20 layers × 2 tensors × batch 512 × width 4096 × 4 bytes",
    compute: () =>
      activationMemory({ kind: "mlp", batch: 512, width: 4096, depth: 20, bytesPerValue: 4 }).totalBytes / 1e6,
  },
  "checkpointing-extra-compute-percent": {
    stated: 33,
    digits: 2,
    what: "extra compute (%) from one recomputed forward when a step costs 3 forwards",
    compute: () => (100 * (checkpointedStepForwards - stepForwards)) / stepForwards,
  },
  "bp-step-forward-equivalents": {
    stated: 3,
    digits: 1,
    what: "a training step in forward passes: 1 forward + a backward of twice the forward",
    compute: () => stepForwards,
  },
  "bp-checkpointed-step-forward-equivalents": {
    stated: 4,
    digits: 1,
    what: "a checkpointed training step in forward passes: one more forward to recompute",
    compute: () => checkpointedStepForwards,
  },
  "bp-backward-flops-per-param": {
    stated: 4,
    digits: 1,
    what: "backward FLOPs per parameter and token: twice the forward's 2",
    compute: () => BACKWARD_PER_FORWARD * FORWARD_FLOPS_PER_PARAM,
  },
  "bp-training-flops-per-param": {
    stated: 6,
    digits: 1,
    what: "training FLOPs per parameter and token: 2 forward + 4 backward",
    compute: () => FORWARD_FLOPS_PER_PARAM * stepForwards,
  },
  "bp-sum-loss-lr-factor-32-to-256": {
    stated: 8,
    digits: 1,
    what: "how much larger a summed loss's gradient is at batch 256 than at batch 32",
    compute: () => 256 / 32,
  },
  "bp-sin-x2-inner-derivative-x1": { stated: 2, digits: 1, what: "d(x²)/dx = 2x at x = 1", compute: () => 2 * 1 },
  "bp-cos-1": {
    stated: 0.54,
    digits: 2,
    what: "cos(1), the outer derivative of sin(x²) at x = 1",
    compute: () => Math.cos(1),
  },
  "bp-sin-x2-derivative-x1": {
    stated: 1.081,
    digits: 4,
    what: "d sin(x²)/dx = 2x cos(x²) at x = 1",
    compute: () => 2 * 1 * Math.cos(1 ** 2),
  },
  "bp-jacobian-entries-4096": {
    stated: 1.7e7,
    digits: 2,
    what: "entries of the Jacobian of an elementwise map on a 4096-vector",
    compute: () => 4096 ** 2,
  },
  "bp-hessian-entries-1e8": {
    stated: 1e16,
    digits: 1,
    what: "entries of the Hessian of 10⁸ parameters",
    compute: () => 1e8 ** 2,
  },
  "bp-mse-da-a09": {
    stated: 1.8,
    digits: 2,
    what: "∂L/∂a = 2(a − y) at a = 0.9, y = 0 (also the logit gradient when the sigmoid slope is forgotten)",
    compute: () => 2 * (MSE_A - MSE_Y),
  },
  "bp-mse-one-minus-a09": { stated: 0.1, digits: 1, what: "1 − a at a = 0.9", compute: () => 1 - MSE_A },
  "bp-mse-sigmoid-slope-a09": {
    stated: 0.09,
    digits: 1,
    what: "the sigmoid's slope a(1 − a) at a = 0.9",
    compute: () => MSE_A * (1 - MSE_A),
  },
  "bp-mse-dz-a09": {
    stated: 0.162,
    digits: 3,
    what: "∂L/∂z = 2(a − y)·a(1 − a) at a = 0.9, y = 0",
    compute: () => 2 * (MSE_A - MSE_Y) * MSE_A * (1 - MSE_A),
  },
  "bp-mse-dz-a09-no-2": {
    stated: 0.081,
    digits: 2,
    what: "mistake: the logit gradient with the factor 2 dropped, (a − y)·a(1 − a)",
    compute: () => (MSE_A - MSE_Y) * MSE_A * (1 - MSE_A),
  },
  "bp-bce-dz-a09": {
    stated: 0.9,
    digits: 1,
    what: "binary cross-entropy's logit gradient a − y at a = 0.9, y = 0",
    compute: () => MSE_A - MSE_Y,
  },
  "bp-sigmoid-2": { stated: 0.881, digits: 3, what: "σ(2)", compute: () => sigmoid(2) },
  "bp-one-minus-sigmoid-2": { stated: 0.119, digits: 3, what: "1 − σ(2)", compute: () => 1 - sigmoid(2) },
  "bp-sigmoid-of-sigmoid-2": {
    stated: 0.707,
    digits: 3,
    what: "σ(σ(2)), the sigmoid applied twice",
    compute: () => sigmoid(sigmoid(2)),
  },
  "bp-one-minus-sigmoid-of-sigmoid-2": {
    stated: 0.293,
    digits: 3,
    what: "1 − σ(σ(2))",
    compute: () => 1 - sigmoid(sigmoid(2)),
  },
  "bp-sigmoid-prime-of-sigmoid-2": {
    stated: 0.207,
    digits: 3,
    what: "mistake: σ′(σ(2)), the slope taken at the activation",
    compute: () => activationAt("sigmoid", sigmoid(2)).derivative,
  },
  "bp-double-sigmoid-ratio-2": {
    stated: 2,
    digits: 1,
    what: "σ′(σ(2)) / σ′(2): how much larger the double-sigmoid slope is",
    compute: () => activationAt("sigmoid", sigmoid(2)).derivative / activationAt("sigmoid", 2).derivative,
  },
  "bp-tanh-1": { stated: 0.762, digits: 3, what: "tanh(1)", compute: () => tanh(1) },
  "bp-tanh-prime-of-tanh-1": {
    stated: 0.588,
    digits: 3,
    what: "mistake: 1 − tanh²(tanh(1)), the slope taken at the activation",
    compute: () => activationAt("tanh", tanh(1)).derivative,
  },
  "bp-sigmoid-0": {
    stated: 0.5,
    digits: 1,
    what: "σ(0), the low end of σ(a) for a ∈ (0, 1)",
    compute: () => sigmoid(0),
  },
  "bp-sigmoid-1": {
    stated: 0.73,
    digits: 2,
    what: "σ(1), the high end of σ(a) for a ∈ (0, 1)",
    compute: () => sigmoid(1),
  },
  "bp-ce-210-p1": {
    stated: 0.665,
    digits: 3,
    what: "softmax(2, 1, 0)₁",
    compute: () => ceExample().softmax.probabilities[0]!,
  },
  "bp-ce-210-p2": {
    stated: 0.245,
    digits: 3,
    what: "softmax(2, 1, 0)₂",
    compute: () => ceExample().softmax.probabilities[1]!,
  },
  "bp-ce-210-p3": {
    stated: 0.09,
    digits: 2,
    what: "softmax(2, 1, 0)₃",
    compute: () => ceExample().softmax.probabilities[2]!,
  },
  "bp-ce-210-grad1": {
    stated: -0.335,
    digits: 3,
    what: "∂ℓ/∂z₁ = p₁ − 1 for logits (2, 1, 0), class 1 true",
    compute: () => ceExample().gradient[0]!,
  },
  "bp-ce-210-grad2": {
    stated: 0.245,
    digits: 3,
    what: "∂ℓ/∂z₂ = p₂ for logits (2, 1, 0), class 1 true",
    compute: () => ceExample().gradient[1]!,
  },
  "bp-ce-210-grad3": {
    stated: 0.09,
    digits: 2,
    what: "∂ℓ/∂z₃ = p₃ for logits (2, 1, 0), class 1 true",
    compute: () => ceExample().gradient[2]!,
  },
  "bp-hand-z1": { stated: 1, digits: 1, what: "z₁ = w₁x + b₁", compute: () => byHand().z1[0]![0]! },
  "bp-hand-h": { stated: 1, digits: 1, what: "h = ReLU(z₁)", compute: () => byHand().a1[0]![0]! },
  "bp-hand-yhat": { stated: -2, digits: 1, what: "ŷ = w₂h + b₂", compute: () => byHand().a2[0]![0]! },
  "bp-hand-loss": { stated: 4, digits: 1, what: "L = (ŷ − y)²", compute: () => byHand().loss },
  "bp-hand-dyhat": { stated: -4, digits: 1, what: "∂L/∂ŷ = 2(ŷ − y)", compute: () => byHand().dz2[0]![0]! },
  "bp-hand-dw2": { stated: -4, digits: 1, what: "∂L/∂w₂", compute: () => byHand().dW2[0]![0]! },
  "bp-hand-db2": { stated: -4, digits: 1, what: "∂L/∂b₂", compute: () => byHand().db2[0]! },
  "bp-hand-dh": { stated: 12, digits: 2, what: "∂L/∂h", compute: () => byHand().da1[0]![0]! },
  "bp-hand-dz1": { stated: 12, digits: 2, what: "∂L/∂z₁", compute: () => byHand().dz1[0]![0]! },
  "bp-hand-dw1": { stated: 24, digits: 2, what: "∂L/∂w₁", compute: () => byHand().dW1[0]![0]! },
  "bp-hand-db1": { stated: 12, digits: 2, what: "∂L/∂b₁", compute: () => byHand().db1[0]! },
  "bp-hand-dyhat-dw1": {
    stated: 6,
    digits: 1,
    what: "how fast ŷ falls per unit of w₁: −dŷ/dw₁ = −w₂x",
    compute: () => -(-3 * 2),
  },
  "bp-hand-w1-after-step": {
    stated: 0.26,
    digits: 2,
    what: "w₁ after one SGD step with η = 0.01",
    compute: () => 0.5 - BY_HAND_LR * byHand().dW1[0]![0]!,
  },
  "bp-hand-w2-after-step": {
    stated: -2.96,
    digits: 3,
    what: "w₂ after one SGD step with η = 0.01",
    compute: () => -3 - BY_HAND_LR * byHand().dW2[0]![0]!,
  },
  "bp-ckpt-segment-layers-100-10": {
    stated: 10,
    digits: 2,
    what: "layers per segment: 100 layers at 10 checkpoints",
    compute: () => CKPT_LAYERS / CKPT_SEGMENTS,
  },
  "bp-ckpt-peak-layers-100-10": {
    stated: 20,
    digits: 2,
    what: "layer activations alive at peak: k checkpoints + one segment of L/k layers",
    compute: () => CKPT_SEGMENTS + CKPT_LAYERS / CKPT_SEGMENTS,
  },
  "bp-relu-mean-slope-at-0": {
    stated: 0.5,
    digits: 1,
    what: "the average of ReLU's left slope 0 and right slope 1",
    compute: () => (activationAt("relu", -1).derivative + activationAt("relu", 1).derivative) / 2,
  },
} satisfies Record<string, Fact>;
