/**
 * What the heatmaps show, computed without any canvas: the model (or one unit) evaluated
 * on a res × res grid over the plane, as numbers the components only have to paint.
 */
import { ACTIVATIONS, mlpForward, sigmoid, type Mlp } from "@/lib/engine";
import { PLANE } from "./datasets";
import { LIGHT_HEAT_PALETTE, type HeatPalette, type Rgb } from "./palette";

/** Cell centres, row 0 at the top (largest y), as the engine's n × 2 input. */
export function gridInputs(res: number): number[][] {
  const x: number[][] = [];
  for (let r = 0; r < res; r++) {
    const py = PLANE - ((r + 0.5) / res) * 2 * PLANE;
    for (let c = 0; c < res; c++) x.push([-PLANE + ((c + 0.5) / res) * 2 * PLANE, py]);
  }
  return x;
}

/**
 * P(class 1) per cell, row-major. The heatmap is redrawn every animation frame, so this
 * runs one point at a time through two reused buffers instead of mlpForward's per-row
 * arrays: the same ops (the engine's activations and sigmoid), a fraction of the garbage.
 * A test checks it against mlpPredict.
 */
export function probabilityGrid(net: Mlp, res: number): Float64Array {
  const width = Math.max(2, ...net.layers.map((l) => l.b.length));
  let cur = new Float64Array(width);
  let nxt = new Float64Array(width);
  const acts = net.config.hidden.map((h) => ACTIVATIONS[h.activation].forward);
  const last = net.layers.length - 1;
  const { head } = net.config;
  const out = new Float64Array(res * res);
  for (let r = 0; r < res; r++) {
    const py = PLANE - ((r + 0.5) / res) * 2 * PLANE;
    for (let c = 0; c < res; c++) {
      cur[0] = -PLANE + ((c + 0.5) / res) * 2 * PLANE;
      cur[1] = py;
      let dIn = 2;
      for (let l = 0; l <= last; l++) {
        const { W, b } = net.layers[l]!;
        const act = acts[l];
        for (let j = 0; j < b.length; j++) {
          let z = b[j]!;
          for (let k = 0; k < dIn; k++) z += cur[k]! * W[k]![j]!;
          nxt[j] = act ? act(z) : z;
        }
        dIn = b.length;
        [cur, nxt] = [nxt, cur];
      }
      // cur now holds the output logits; read P(class 1) as the head defines it (a
      // two-way softmax's second output is σ(z₁ − z₀)).
      const p =
        head === "softmax_ce"
          ? sigmoid(cur[1]! - cur[0]!)
          : head === "sigmoid_bce"
            ? sigmoid(cur[0]!)
            : Math.min(1, Math.max(0, cur[0]!));
      out[r * res + c] = p;
    }
  }
  return out;
}

/**
 * One unit's activation per cell: layer 0 is the input, 1… the hidden layers, the last the
 * output. Returned with its range so the painter can stretch it to the colour scale.
 */
export function unitGrid(
  net: Mlp,
  layer: number,
  unit: number,
  res: number,
): { values: Float64Array; min: number; max: number } {
  const { as } = mlpForward(net, gridInputs(res));
  const a = as[layer]!;
  const values = new Float64Array(res * res);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < a.length; i++) {
    const v = a[i]![unit]!;
    values[i] = v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { values, min, max };
}

/**
 * Diverging low (orange, 0) → mid (1/2) → high (blue, 1), in the theme's palette: on the light page the middle is
 * near-white, on the dark page near-black, so confident regions stand out from the page in both. The two ends also
 * differ in lightness pattern from the middle, and points carry shapes, so colour is never the only cue.
 */
export function colorFor(t: number, palette: HeatPalette = LIGHT_HEAT_PALETTE): Rgb {
  const v = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0.5;
  const { low, mid, high } = palette;
  const [a, b, k] = v < 0.5 ? [low, mid, v * 2] : [mid, high, (v - 0.5) * 2];
  return [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * k)) as Rgb;
}

/** Signed numbers with a real minus sign and two significant figures: "−0.012". */
export function formatSigned(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return "0";
  const abs = Math.abs(v);
  const s = abs < 1e-3 || abs >= 1e4 ? abs.toExponential(1) : String(Number(abs.toPrecision(2)));
  return (v < 0 ? "−" : "") + s;
}
