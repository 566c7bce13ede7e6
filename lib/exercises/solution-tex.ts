// Pure and browser-safe: each step's TeX with the numbers substituted. The server typesets it for the exercise
// solution (solution.ts); the step-through calculator typesets it in the browser.
import {
  formulas,
  QUANTITY_ORDER,
  type Activation,
  type BackpropResult,
  type QuantityKey,
  type TwoLayerSpec,
} from "@/lib/engine";

/** Four significant digits: enough to compare with hand work, short enough to read. */
export function formatNumber(v: number): string {
  if (v === 0) return "0";
  const t = Number(v.toPrecision(4)).toString();
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(t);
  return m ? `${m[1]}\\times 10^{${Number(m[2])}}` : t;
}

export function texMatrix(value: number | number[] | number[][]): string {
  if (typeof value === "number") return formatNumber(value);
  const rows = Array.isArray(value[0]) ? (value as number[][]) : [value as number[]];
  return `\\begin{bmatrix}${rows.map((r) => r.map(formatNumber).join(" & ")).join(" \\\\ ")}\\end{bmatrix}`;
}

const transpose = (m: number[][]) => (m[0] ?? []).map((_, j) => m.map((r) => r[j] ?? 0));
const SLOPE: Record<Activation, (z: number, a: number) => number> = {
  identity: () => 1,
  relu: (z) => (z > 0 ? 1 : 0),
  sigmoid: (_z, a) => a * (1 - a),
  tanh: (_z, a) => 1 - a * a,
};
const APPLY: Record<Activation, (t: string) => string> = {
  identity: (t) => t,
  relu: (t) => `\\operatorname{ReLU}\\left(${t}\\right)`,
  sigmoid: (t) => `\\sigma\\left(${t}\\right)`,
  tanh: (t) => `\\tanh\\left(${t}\\right)`,
};
const slopes = (act: Activation, z: number[][], a: number[][]) =>
  z.map((row, i) => row.map((v, j) => SLOPE[act](v, a[i]?.[j] ?? 0)));

/** Per step: "formula = numbers substituted = result". */
export function substitutedSteps(spec: TwoLayerSpec, r: BackpropResult): Record<QuantityKey, string> {
  const f = formulas(spec);
  const M = texMatrix;
  const n = spec.x.length;
  const dOut = spec.y[0]?.length ?? 1;
  const scale =
    spec.loss === "softmax_ce"
      ? `\\tfrac{1}{${n}}`
      : spec.loss === "bce"
        ? `\\tfrac{1}{${n * dOut}}`
        : `\\tfrac{2}{${n * dOut}}`;
  const outSlope =
    spec.loss === "mse" && spec.output !== "identity" ? ` \\odot ${M(slopes(spec.output, r.z2, r.a2))}` : "";
  const hiddenSlope = spec.hidden === "identity" ? "" : ` \\odot ${M(slopes(spec.hidden, r.z1, r.a1))}`;
  const Y = M(spec.y);
  const A2 = M(r.a2);
  const middle: Partial<Record<QuantityKey, string>> = {
    z1: `${M(spec.x)} ${M(spec.W1)} + ${M(spec.b1)}`,
    a1: spec.hidden === "identity" ? undefined : APPLY[spec.hidden](M(r.z1)),
    z2: `${M(r.a1)} ${M(spec.W2)} + ${M(spec.b2)}`,
    a2:
      spec.loss === "softmax_ce"
        ? `\\operatorname{softmax}\\left(${M(r.z2)}\\right)`
        : spec.output === "identity"
          ? undefined
          : APPLY[spec.output](M(r.z2)),
    loss:
      spec.loss === "mse"
        ? `\\tfrac{1}{${n * dOut}} \\textstyle\\sum \\left(${A2} - ${Y}\\right)^{2}`
        : spec.loss === "bce"
          ? `-\\tfrac{1}{${n * dOut}} \\textstyle\\sum \\left[ ${Y} \\odot \\log ${A2} + (1 - ${Y}) \\odot \\log (1 - ${A2}) \\right]`
          : `-\\tfrac{1}{${n}} \\textstyle\\sum ${Y} \\odot \\log ${A2}`,
    dz2: `${scale} \\left(${A2} - ${Y}\\right)${outSlope}`,
    dW2: `${M(transpose(r.a1))} ${M(r.dz2)}`,
    db2: `\\textstyle\\sum_i ${M(r.dz2)}`,
    da1: `${M(r.dz2)} ${M(transpose(spec.W2))}`,
    dz1: `${M(r.da1)}${hiddenSlope}`,
    dW1: `${M(transpose(spec.x))} ${M(r.dz1)}`,
    db1: `\\textstyle\\sum_i ${M(r.dz1)}`,
    dx: `${M(r.dz1)} ${M(transpose(spec.W1))}`,
  };
  return Object.fromEntries(
    QUANTITY_ORDER.map((key) => {
      const mid = middle[key];
      return [key, `${f[key]}${mid ? ` = ${mid}` : ""} = ${M(r[key])}`];
    }),
  ) as Record<QuantityKey, string>;
}
