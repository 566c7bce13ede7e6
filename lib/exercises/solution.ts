import katex from "katex";
import { backprop, QUANTITY_ORDER, type BackpropResult, type QuantityKey, type TwoLayerSpec } from "@/lib/engine";
import { substitutedSteps } from "./solution-tex";

export { formatNumber, texMatrix } from "./solution-tex";

export interface SolutionStep {
  key: QuantityKey;
  phase: "forward" | "backward";
  /** KaTeX HTML of "formula = numbers substituted = result", rendered on the server (no KaTeX JS in the browser). */
  html: string;
}

/** `truth` is backprop(spec), passed in by callers that already ran it. */
export function solutionSteps(spec: TwoLayerSpec, truth: BackpropResult = backprop(spec)): SolutionStep[] {
  const tex = substitutedSteps(spec, truth);
  return QUANTITY_ORDER.map((key) => ({
    key,
    phase: key.startsWith("d") ? "backward" : "forward",
    html: katex.renderToString(tex[key], { displayMode: true, throwOnError: true, output: "htmlAndMathml" }),
  }));
}
