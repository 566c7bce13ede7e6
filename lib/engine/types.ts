export type Activation = "identity" | "relu" | "sigmoid" | "tanh";
export type Loss = "mse" | "bce" | "softmax_ce";

export type Matrix = number[][];
export type Vector = number[];

export interface TwoLayerSpec {
  x: number[][]; // n × d_in, one example per row
  y: number[][]; // n × d_out targets (0/1 for bce, one-hot rows for softmax_ce)
  W1: number[][]; // d_in × h        z1 = x·W1 + b1,  a1 = hidden(z1)
  b1: number[]; // h
  W2: number[][]; // h × d_out       z2 = a1·W2 + b2
  b2: number[]; // d_out
  hidden: Activation;
  output: Activation; // a2 = output(z2) for mse; bce needs "sigmoid"; softmax_ce needs "identity"
  loss: Loss;
}

export interface BackpropResult {
  z1: number[][];
  a1: number[][];
  z2: number[][];
  a2: number[][];
  loss: number;
  dz2: number[][];
  dW2: number[][];
  db2: number[];
  da1: number[][];
  dz1: number[][];
  dW1: number[][];
  db1: number[];
  dx: number[][];
}

export type QuantityKey = keyof BackpropResult;
export type QuantityValue = number | number[] | number[][];

// Tuples (not plain arrays) so schemas elsewhere can build enums from them: lib/content/schema.ts does.
export const ACTIVATION_NAMES = ["identity", "relu", "sigmoid", "tanh"] as const satisfies readonly Activation[];
export const LOSS_NAMES = ["mse", "bce", "softmax_ce"] as const satisfies readonly Loss[];

export const FORWARD_KEYS = ["z1", "a1", "z2", "a2", "loss"] as const satisfies readonly QuantityKey[];
export const BACKWARD_KEYS = [
  "dz2",
  "dW2",
  "db2",
  "da1",
  "dz1",
  "dW1",
  "db1",
  "dx",
] as const satisfies readonly QuantityKey[];
/** Every quantity in the order a learner derives them: forward, then the backward chain. */
export const QUANTITY_ORDER = [...FORWARD_KEYS, ...BACKWARD_KEYS] as const satisfies readonly QuantityKey[];
