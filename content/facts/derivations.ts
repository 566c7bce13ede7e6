// Computable numbers the derivations deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import { activationAt } from "@/lib/calculators";
import type { Fact } from "@/lib/content/fact-types";
import { HAND_TOLERANCE } from "@/lib/engine";

const relu = (z: number) => activationAt("relu", z).value;
const reluSlope = (z: number) => activationAt("relu", z).derivative;

/** ex-relu-mask-at-zero's fixed first layer: z₁ = x W₁ + b₁ for its two inputs. */
const MASK_X = [
  [0.5, 1],
  [1, -0.5],
];
const MASK_W1 = [
  [0.5, -0.5],
  [-0.25, 1],
];
const MASK_B1 = [0, 0.25];
const maskZ1 = (i: 0 | 1, j: 0 | 1) =>
  MASK_X[i]![0]! * MASK_W1[0]![j]! + MASK_X[i]![1]! * MASK_W1[1]![j]! + MASK_B1[j]!;

/** A central difference of ReLU across its kink, as a gradient check straddling 0 would take it. */
const reluCentralDifferenceAt0 = (eps = 1e-6) => (relu(eps) - relu(-eps)) / (2 * eps);

const xor = (a: number, b: number) => (a + b) % 2;

export const derivationsFacts = {
  "ex-hand-tolerance-percent": {
    stated: 1,
    digits: 1,
    what: "the checker's relative tolerance in percent (the engine's HAND_TOLERANCE.rel)",
    compute: () => HAND_TOLERANCE.rel * 100,
  },
  "ex-hand-tolerance-abs": {
    stated: 0.001,
    digits: 1,
    what: "the checker's absolute tolerance (the engine's HAND_TOLERANCE.abs)",
    compute: () => HAND_TOLERANCE.abs,
  },
  "ex-bce-loss-at-half": {
    stated: 0.693,
    digits: 3,
    what: "binary cross-entropy of a 0.5 prediction, −ln 0.5, for either target",
    compute: () => -Math.log(0.5),
  },
  "ex-mask-z1-00": { stated: 0, digits: 1, what: "z₁[0][0] of the fixed ReLU layer", compute: () => maskZ1(0, 0) },
  "ex-mask-z1-01": { stated: 1, digits: 1, what: "z₁[0][1] of the fixed ReLU layer", compute: () => maskZ1(0, 1) },
  "ex-mask-z1-10": { stated: 0.625, digits: 3, what: "z₁[1][0] of the fixed ReLU layer", compute: () => maskZ1(1, 0) },
  "ex-mask-z1-11": { stated: -0.75, digits: 2, what: "z₁[1][1] of the fixed ReLU layer", compute: () => maskZ1(1, 1) },
  "ex-mask-00": {
    stated: 0,
    digits: 1,
    what: "ReLU mask at z₁[0][0] (slope 0 at exactly 0)",
    compute: () => reluSlope(maskZ1(0, 0)),
  },
  "ex-mask-01": { stated: 1, digits: 1, what: "ReLU mask at z₁[0][1]", compute: () => reluSlope(maskZ1(0, 1)) },
  "ex-mask-10": { stated: 1, digits: 1, what: "ReLU mask at z₁[1][0]", compute: () => reluSlope(maskZ1(1, 0)) },
  "ex-mask-11": { stated: 0, digits: 1, what: "ReLU mask at z₁[1][1]", compute: () => reluSlope(maskZ1(1, 1)) },
  "ex-relu-central-difference-at-0": {
    stated: 0.5,
    digits: 1,
    what: "(ReLU(ε) − ReLU(−ε)) / 2ε: the slope a finite difference across the kink measures",
    compute: () => reluCentralDifferenceAt0(),
  },
  "ex-tanh-mse-entries": {
    stated: 2,
    digits: 1,
    what: "N = n·d_out for a batch of 2 and one output",
    compute: () => 2 * 1,
  },
  "ex-bias-mse-entries": {
    stated: 4,
    digits: 1,
    what: "N = n·d_out for a batch of 4 and one output",
    compute: () => 4 * 1,
  },
  "ex-mse-two-outputs-entries": {
    stated: 4,
    digits: 1,
    what: "N = n·d_out for a batch of 2 and two outputs",
    compute: () => 2 * 2,
  },
  "ex-xor-mse-entries": {
    stated: 4,
    digits: 1,
    what: "N = n·d_out for the four XOR points and one output",
    compute: () => 4 * 1,
  },
  "ex-xor-target-00": { stated: 0, digits: 1, what: "0 ⊕ 0", compute: () => xor(0, 0) },
  "ex-xor-target-01": { stated: 1, digits: 1, what: "0 ⊕ 1", compute: () => xor(0, 1) },
  "ex-xor-target-10": { stated: 1, digits: 1, what: "1 ⊕ 0", compute: () => xor(1, 0) },
  "ex-xor-target-11": { stated: 0, digits: 1, what: "1 ⊕ 1", compute: () => xor(1, 1) },
} satisfies Record<string, Fact>;
