import katex from "katex";
import { backprop, QUANTITY_ORDER, type BackpropResult, type QuantityKey, type TwoLayerSpec } from "@/lib/engine";
import { askedQuantities, type ExerciseDefinition } from "./instance";
import { substitutedSteps } from "./solution-tex";

export { formatNumber, texMatrix } from "./solution-tex";

export interface SolutionStep {
  key: QuantityKey;
  phase: "forward" | "backward";
  /** KaTeX HTML of "formula = numbers substituted = result", rendered on the server (no KaTeX JS in the browser). */
  html: string;
}

/**
 * The worked steps from z1 through `through` (all 13 by default). `truth` is backprop(spec), passed in by callers
 * that already ran it.
 */
export function solutionSteps(
  spec: TwoLayerSpec,
  truth: BackpropResult = backprop(spec),
  through: QuantityKey = "dx",
): SolutionStep[] {
  const tex = substitutedSteps(spec, truth);
  return QUANTITY_ORDER.slice(0, QUANTITY_ORDER.indexOf(through) + 1).map((key) => ({
    key,
    phase: key.startsWith("d") ? "backward" : "forward",
    html: katex.renderToString(tex[key], { displayMode: true, throwOnError: true, output: "htmlAndMathml" }),
  }));
}

/**
 * The last quantity an exercise asks for, in chain order: its solution stops there. A forward-pass exercise ends at
 * the loss instead of going on through a backward pass nobody asked about; a gradient exercise keeps the forward
 * pass it builds on.
 */
export function lastAsked(definition: ExerciseDefinition): QuantityKey {
  const order = askedQuantities(definition).map((q) => QUANTITY_ORDER.indexOf(q.key));
  return QUANTITY_ORDER[Math.max(...order)]!;
}
