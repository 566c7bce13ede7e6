/**
 * Gradwise's backprop engine: a two-layer network's forward and backward pass in plain
 * TypeScript, plus the tools built on it for derivation exercises. Pure functions; all
 * randomness comes from an explicitly passed seed.
 */
export type {
  Activation,
  Loss,
  TwoLayerSpec,
  BackpropResult,
  QuantityKey,
  QuantityValue,
  Matrix,
  Vector,
} from "./types";
export { ACTIVATION_NAMES, LOSS_NAMES, FORWARD_KEYS, BACKWARD_KEYS, QUANTITY_ORDER } from "./types";
export { EngineInputError } from "./errors";
export { backprop, forward } from "./backprop";
export type { ForwardResult } from "./backprop";
export { gradCheck, relError, REL_ERROR_FLOOR, GRAD_CHECK_PARAMS } from "./grad-check";
export type { GradCheckResult, GradCheckEntry, GradCheckParam } from "./grad-check";
export { trace, formulas } from "./trace";
export type { TraceStep } from "./trace";
export { createRandom } from "./random";
export type { RandomSource } from "./random";
export { generateInstance, DEFAULT_RANGES, MAX_DIMENSION, KINK_TOLERANCE } from "./generate";
export type { GenerateParams, Range } from "./generate";
export {
  MISTAKES,
  MISTAKE_IDS,
  HAND_TOLERANCE,
  compareQuantity,
  diagnose,
  diagnoseEntries,
  downstreamOf,
  firstWrongStep,
  forwardSlips,
  slips,
} from "./mistakes";
export type {
  BackwardKey,
  MistakeId,
  Tolerance,
  QuantityComparison,
  Slip,
  ForwardSlip,
  EntryVerdicts,
  Submission,
  EntrySubmission,
  Diagnosis,
} from "./mistakes";
export { validateSpec, TARGET_SUM_TOLERANCE } from "./validate";
export { ACTIVATIONS, LOSSES, sigmoid } from "./ops";
export type { ActivationOp, LossOp } from "./ops";
export {
  MLP_HEADS,
  MLP_LIMITS,
  classOneProbability,
  headParts,
  initMlp,
  l2Penalty,
  layerSizes,
  mlpBackward,
  mlpForward,
  mlpLoss,
  mlpPredict,
  targetsFor,
  validateMlpConfig,
} from "./mlp";
export type { HiddenLayerSpec, Mlp, MlpBackward, MlpConfig, MlpForward, MlpGrads, MlpHead, MlpLayer } from "./mlp";
export {
  OPTIMIZER_NAMES,
  UPDATE_RULES,
  emptyEntryStep,
  initOptimizer,
  OPTIMIZER_DEFAULTS,
  optimizerStep,
  powStep,
  stepConstants,
} from "./optimizers";
export type {
  EntryRule,
  EntryStep,
  Hyperparameters,
  OptimizerName,
  OptimizerSettings,
  OptimizerState,
  StepConstants,
} from "./optimizers";
