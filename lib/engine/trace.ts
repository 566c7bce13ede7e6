/**
 * The same computation as backprop, laid out as the ordered steps a learner writes down,
 * each with the KaTeX formula for that step (specialised to the chosen activations and
 * loss) and its value. δ₂ = ∂L/∂z₂ and δ₁ = ∂L/∂z₁, the usual textbook names.
 */
import { backprop } from "./backprop";
import type { Activation, BackpropResult, Loss, QuantityKey, QuantityValue, TwoLayerSpec } from "./types";
import { QUANTITY_ORDER } from "./types";

export interface TraceStep {
  key: QuantityKey;
  phase: "forward" | "backward";
  /** KaTeX source (display or inline), e.g. "dW_2 = a_1^\\top \\, \\delta_2". */
  formula: string;
  value: QuantityValue;
}

/** f(z) written out, for the forward steps. */
const APPLY: Record<Activation, (arg: string) => string> = {
  identity: (arg) => arg,
  relu: (arg) => `\\operatorname{ReLU}(${arg})`,
  sigmoid: (arg) => `\\sigma(${arg})`,
  tanh: (arg) => `\\tanh(${arg})`,
};

/** "⊙ f'(z)" written out with the actual derivative, for the backward steps; "" for identity. */
const TIMES_DERIVATIVE: Record<Activation, (z: string, a: string) => string> = {
  identity: () => "",
  relu: (z) => ` \\odot \\mathbb{1}[${z} > 0]`,
  sigmoid: (_z, a) => ` \\odot ${a} \\odot (1 - ${a})`,
  tanh: (_z, a) => ` \\odot (1 - ${a}^{2})`,
};

const LOSS_FORMULA: Record<Loss, string> = {
  mse: "L = \\frac{1}{n\\,d_{\\text{out}}} \\sum_{i,k} (a_{2,ik} - y_{ik})^2",
  bce: "L = -\\frac{1}{n\\,d_{\\text{out}}} \\sum_{i,k} \\left[ y_{ik} \\log a_{2,ik} + (1 - y_{ik}) \\log (1 - a_{2,ik}) \\right]",
  softmax_ce: "L = -\\frac{1}{n} \\sum_{i} \\sum_{k} y_{ik} \\log a_{2,ik}",
};

export function formulas(spec: Pick<TwoLayerSpec, "hidden" | "output" | "loss">): Record<QuantityKey, string> {
  const a2 =
    spec.loss === "softmax_ce"
      ? "a_2 = \\operatorname{softmax}(z_2)"
      : spec.loss === "bce"
        ? "a_2 = \\sigma(z_2)"
        : `a_2 = ${APPLY[spec.output]("z_2")}`;
  const dz2 =
    spec.loss === "mse"
      ? `\\delta_2 = \\frac{2}{n\\,d_{\\text{out}}} (a_2 - y)${TIMES_DERIVATIVE[spec.output]("z_2", "a_2")}`
      : spec.loss === "bce"
        ? "\\delta_2 = \\frac{1}{n\\,d_{\\text{out}}} (a_2 - y)"
        : "\\delta_2 = \\frac{1}{n} (a_2 - y)";
  return {
    z1: "z_1 = x W_1 + b_1",
    a1: `a_1 = ${APPLY[spec.hidden]("z_1")}`,
    z2: "z_2 = a_1 W_2 + b_2",
    a2,
    loss: LOSS_FORMULA[spec.loss],
    dz2,
    dW2: "dW_2 = a_1^\\top \\, \\delta_2",
    db2: "db_2 = \\textstyle\\sum_i \\delta_{2,i}",
    da1: "da_1 = \\delta_2 \\, W_2^\\top",
    dz1: `\\delta_1 = da_1${TIMES_DERIVATIVE[spec.hidden]("z_1", "a_1")}`,
    dW1: "dW_1 = x^\\top \\, \\delta_1",
    db1: "db_1 = \\textstyle\\sum_i \\delta_{1,i}",
    dx: "dx = \\delta_1 \\, W_1^\\top",
  };
}

export function trace(spec: TwoLayerSpec): TraceStep[] {
  const result: BackpropResult = backprop(spec);
  const f = formulas(spec);
  return QUANTITY_ORDER.map((key) => ({
    key,
    phase: key.startsWith("d") ? "backward" : "forward",
    formula: f[key],
    value: result[key],
  }));
}
