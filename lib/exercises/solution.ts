import katex from "katex";
import { backprop, QUANTITY_ORDER, type QuantityKey, type TwoLayerSpec } from "@/lib/engine";
import { substitutedSteps } from "./solution-tex";

export { formatNumber, texMatrix } from "./solution-tex";

export interface SolutionStep {
  key: QuantityKey;
  phase: "forward" | "backward";
  /** KaTeX HTML of "formula = numbers substituted = result", rendered on the server (no KaTeX JS in the browser). */
  html: string;
}

export function solutionSteps(spec: TwoLayerSpec): SolutionStep[] {
  const tex = substitutedSteps(spec, backprop(spec));
  return QUANTITY_ORDER.map((key) => ({
    key,
    phase: key.startsWith("d") ? "backward" : "forward",
    html: katex.renderToString(tex[key], { displayMode: true, throwOnError: true, output: "htmlAndMathml" }),
  }));
}
