import type { ComponentType } from "react";
import type { CalculatorSlug } from "./defaults";
import {
  LazyActivationCalculator,
  LazyBackpropStepCalculator,
  LazyGradientCheckCalculator,
  LazyInitializationCalculator,
  LazyMemoryCalculator,
  LazyNormalizationCalculator,
  LazyOptimizerCalculator,
  LazyScheduleCalculator,
  LazySoftmaxCalculator,
} from "./lazy";
import { CALCULATORS } from "./registry";

/** Any calculator: its inputs as initial strings, and whether it mirrors them into the URL. */
export type AnyCalculator = ComponentType<{ [input: string]: string | boolean | undefined; syncUrl?: boolean }>;

export const CALCULATOR_COMPONENTS: Record<CalculatorSlug, AnyCalculator> = {
  activation: LazyActivationCalculator,
  softmax: LazySoftmaxCalculator,
  optimizer: LazyOptimizerCalculator,
  schedule: LazyScheduleCalculator,
  normalization: LazyNormalizationCalculator,
  initialization: LazyInitializationCalculator,
  "gradient-check": LazyGradientCheckCalculator,
  memory: LazyMemoryCalculator,
  "backprop-step": LazyBackpropStepCalculator,
};

/**
 * The names MDX content may use, e.g. `<SoftmaxCalculator logits="2,1,0.1" />` (string props are the
 * initial inputs). Embedded copies never touch the card page's URL; they link to their own page instead.
 */
export const calculatorComponents: Record<string, AnyCalculator> = Object.fromEntries(
  CALCULATORS.map((c) => [c.mdxName, CALCULATOR_COMPONENTS[c.slug]]),
);

export { CALCULATORS, findCalculator, type CalculatorEntry } from "./registry";
