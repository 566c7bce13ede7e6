/**
 * Pure maths behind Gradwise's embedded calculators. Deterministic, framework-free; every
 * result is plain data with the intermediate values (and KaTeX "formula" strings with the
 * numbers substituted) a UI needs. Bad input throws the engine's EngineInputError, whose
 * `field` names the argument to fix.
 */
export * from "./activation";
export * from "./softmax";
export * from "./optimizers";
export * from "./schedules";
export * from "./normalization";
export * from "./initialization";
export * from "./gradient-check";
export * from "./eps-sweep";
export * from "./memory";
export { fmt, fmtVector, plain } from "./format";
export { counted } from "./validate";
