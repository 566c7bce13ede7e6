import type { MistakeId } from "@/lib/engine";

/** The card that teaches each diagnosable mistake; a test checks every id exists in the library. */
export const MISTAKE_CARDS: Record<MistakeId, string> = {
  "sigma-prime-forgotten": "bp-delta-recurrence",
  "sigma-prime-of-a": "bp-sigmoid-derivative-from-activation",
  "w-not-transposed": "bp-linear-layer-gradients",
  "batch-mean-forgotten": "bp-batch-mean-gradients",
  "sign-flipped": "bp-gradient-sign",
  "wrong-layer-input": "bp-two-layer-by-hand",
  "bias-not-summed": "mcq-bias-gradient-batch",
  "mse-factor-2-dropped": "bp-mse-gradient",
  "output-slope-not-cancelled": "lo-prediction-minus-target-gradient",
  "paths-not-summed": "bp-chain-rule-nested",
  "bias-forgotten": "fd-what-is-a-neural-network",
  "log-base-10": "fd-output-layer-and-loss",
  // Its answer says where the 1/n enters, and that dividing dW or db by n again makes them n times too small.
  "batch-mean-twice": "bp-batch-mean-gradients",
  // The recurrence that multiplies by the activation's slope once per layer.
  "sigma-prime-twice": "bp-delta-recurrence",
};
