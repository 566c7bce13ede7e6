"use client";

import dynamic from "next/dynamic";

/*
 * Each calculator as its own lazily loaded chunk. The server still renders it in full; the browser
 * fetches a calculator's code only where one is on the page, so the MDX components map (present on
 * every card page) costs a card without calculators almost nothing, and a calculator page loads one.
 */
export const LazyActivationCalculator = dynamic(() =>
  import("./activation-calculator").then((m) => m.ActivationCalculator),
);
export const LazySoftmaxCalculator = dynamic(() => import("./softmax-calculator").then((m) => m.SoftmaxCalculator));
export const LazyOptimizerCalculator = dynamic(() =>
  import("./optimizer-calculator").then((m) => m.OptimizerCalculator),
);
export const LazyScheduleCalculator = dynamic(() => import("./schedule-calculator").then((m) => m.ScheduleCalculator));
export const LazyNormalizationCalculator = dynamic(() =>
  import("./normalization-calculator").then((m) => m.NormalizationCalculator),
);
export const LazyInitializationCalculator = dynamic(() =>
  import("./initialization-calculator").then((m) => m.InitializationCalculator),
);
export const LazyGradientCheckCalculator = dynamic(() =>
  import("./gradient-check-calculator").then((m) => m.GradientCheckCalculator),
);
export const LazyMemoryCalculator = dynamic(() => import("./memory-calculator").then((m) => m.MemoryCalculator));
export const LazyBackpropStepCalculator = dynamic(() =>
  import("./backprop-step-calculator").then((m) => m.BackpropStepCalculator),
);
