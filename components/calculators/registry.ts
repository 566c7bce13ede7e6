import { CALCULATOR_DEFAULTS, type CalculatorSlug } from "./defaults";

export interface CalculatorEntry {
  slug: CalculatorSlug;
  title: string;
  summary: string;
  /** The name to use in MDX. */
  mdxName: string;
  /** Query-string keys the page passes through as initial state. */
  params: readonly string[];
}

const entry = (slug: CalculatorSlug, title: string, summary: string, mdxName: string): CalculatorEntry => ({
  slug,
  title,
  summary,
  mdxName,
  params: Object.keys(CALCULATOR_DEFAULTS[slug]),
});

/** Every calculator, in the order the index page lists them (roughly the order a course meets them). */
export const CALCULATORS: readonly CalculatorEntry[] = [
  entry(
    "activation",
    "Activation and slope",
    "Sigmoid, tanh, ReLU and leaky ReLU: value and slope at x, and what L layers of such slopes do to a gradient.",
    "ActivationCalculator",
  ),
  entry(
    "softmax",
    "Softmax and cross-entropy",
    "Logits to probabilities, the loss for a target class, the gradient p − y, and why the max is subtracted first.",
    "SoftmaxCalculator",
  ),
  entry(
    "initialization",
    "Weight initialization",
    "Xavier and He bounds from fan-in and fan-out, and a seeded simulation of activation variance through depth.",
    "InitializationCalculator",
  ),
  entry(
    "normalization",
    "BatchNorm and LayerNorm",
    "Mean, variance and normalized values of a small matrix along each one's axis; BatchNorm's running averages.",
    "NormalizationCalculator",
  ),
  entry(
    "optimizer",
    "Optimizer steps",
    "SGD, momentum, Adam and AdamW on a bowl, a ravine or Rosenbrock, with the path and Adam's m, v, m̂, v̂ per step.",
    "OptimizerCalculator",
  ),
  entry(
    "schedule",
    "Learning-rate schedule",
    "Warmup then cosine, step, linear or constant: the rate over the run and at any step.",
    "ScheduleCalculator",
  ),
  entry(
    "gradient-check",
    "Gradient check",
    "Backprop's gradients against central finite differences on a small two-layer network: relative error and verdict.",
    "GradientCheckCalculator",
  ),
  entry(
    "memory",
    "Training memory",
    "Activation memory against batch, width and depth, and what gradient checkpointing saves and costs.",
    "MemoryCalculator",
  ),
  entry(
    "backprop-step",
    "Backprop step-through",
    "A small two-layer network's forward and backward pass, one operation at a time, with the numbers substituted.",
    "BackpropStepCalculator",
  ),
];

export function findCalculator(slug: string): CalculatorEntry | undefined {
  return CALCULATORS.find((c) => c.slug === slug);
}
