/**
 * Optimisers as pure state → state functions: each step takes the parameters, their
 * gradients and the optimiser's running state and returns new ones, leaving the inputs
 * untouched, so a training run is a fold over batches and any point of it can be kept.
 *
 * Each rule keeps its update formula next to the state it reads, like the op table.
 */
import { EngineInputError } from "./errors";
import type { Mlp, MlpGrads, MlpLayer } from "./mlp";

export type OptimizerName = "sgd" | "momentum" | "adam";
export const OPTIMIZER_NAMES: readonly OptimizerName[] = ["sgd", "momentum", "adam"];

export interface OptimizerSettings {
  name: OptimizerName;
  lr: number;
  /** momentum's velocity decay */
  momentum?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

export interface OptimizerState {
  name: OptimizerName;
  /** steps taken so far; Adam's bias correction needs it */
  t: number;
  /** momentum: velocity; Adam: first-moment estimate */
  m: MlpLayer[];
  /** Adam: second-moment estimate (empty for the others) */
  v: MlpLayer[];
}

function zerosLike(layers: readonly MlpLayer[]): MlpLayer[] {
  return layers.map(({ W, b }) => ({
    W: W.map((r) => new Array<number>(r.length).fill(0)),
    b: new Array<number>(b.length).fill(0),
  }));
}

export function initOptimizer(name: OptimizerName, net: Mlp): OptimizerState {
  return {
    name,
    t: 0,
    m: name === "sgd" ? [] : zerosLike(net.layers),
    v: name === "adam" ? zerosLike(net.layers) : [],
  };
}

/**
 * The new parameter and moments for one entry, written into `out` (param, m, v) rather
 * than returned as a tuple: a mini-batch of one runs this for every weight on every
 * example, and a fresh array per entry made the garbage collector the bottleneck.
 */
type EntryRule = (p: number, g: number, m: number, v: number, out: Float64Array) => void;

/**
 * Applies an entry rule over every W and b, building new arrays (the inputs are never
 * written). Shapes are trusted: grads and state come from the same net.
 */
function mapEntries(
  layers: readonly MlpLayer[],
  grads: MlpGrads,
  m: readonly MlpLayer[],
  v: readonly MlpLayer[],
  f: EntryRule,
): { layers: MlpLayer[]; m: MlpLayer[]; v: MlpLayer[] } {
  const out = new Float64Array(3);
  const outL: MlpLayer[] = [];
  const outM: MlpLayer[] = [];
  const outV: MlpLayer[] = [];
  const row = (p: number[], g: number[], mr: number[] | undefined, vr: number[] | undefined) => {
    const np = new Array<number>(p.length);
    const nm = new Array<number>(p.length);
    const nv = new Array<number>(p.length);
    for (let j = 0; j < p.length; j++) {
      f(p[j]!, g[j]!, mr?.[j] ?? 0, vr?.[j] ?? 0, out);
      np[j] = out[0]!;
      nm[j] = out[1]!;
      nv[j] = out[2]!;
    }
    return [np, nm, nv] as const;
  };
  layers.forEach((layer, l) => {
    const g = grads[l]!;
    const W: number[][] = [];
    const mW: number[][] = [];
    const vW: number[][] = [];
    layer.W.forEach((wr, k) => {
      const [np, nm, nv] = row(wr, g.W[k]!, m[l]?.W[k], v[l]?.W[k]);
      W.push(np);
      mW.push(nm);
      vW.push(nv);
    });
    const [b, mb, vb] = row(layer.b, g.b, m[l]?.b, v[l]?.b);
    outL.push({ W, b });
    outM.push({ W: mW, b: mb });
    outV.push({ W: vW, b: vb });
  });
  return { layers: outL, m: outM, v: outV };
}

export function optimizerStep(
  net: Mlp,
  grads: MlpGrads,
  state: OptimizerState,
  settings: OptimizerSettings,
): { net: Mlp; state: OptimizerState } {
  if (settings.name !== state.name) {
    throw new EngineInputError("optimizer", `state is for ${state.name}, settings ask for ${settings.name}`);
  }
  const { lr } = settings;
  const t = state.t + 1;
  switch (settings.name) {
    case "sgd": {
      // θ ← θ − η·g: straight down the gradient.
      const r = mapEntries(net.layers, grads, [], [], (p, g, _m, _v, out) => {
        out[0] = p - lr * g;
      });
      return { net: { config: net.config, layers: r.layers }, state: { ...state, t } };
    }
    case "momentum": {
      // v ← μ·v + g; θ ← θ − η·v: the velocity averages recent gradients, so steps
      // along a consistent direction grow and zig-zags across a valley cancel.
      const mu = settings.momentum ?? 0.9;
      const r = mapEntries(net.layers, grads, state.m, [], (p, g, m, _v, out) => {
        const vel = mu * m + g;
        out[0] = p - lr * vel;
        out[1] = vel;
      });
      return { net: { config: net.config, layers: r.layers }, state: { name: "momentum", t, m: r.m, v: [] } };
    }
    case "adam": {
      // m, v: running means of g and g²; dividing by 1 − βᵗ undoes their pull towards the
      // zero start; the step m̂/(√v̂ + ε) has size ≈ η whatever the gradient's scale.
      const b1 = settings.beta1 ?? 0.9;
      const b2 = settings.beta2 ?? 0.999;
      const eps = settings.epsilon ?? 1e-8;
      const c1 = 1 - Math.pow(b1, t);
      const c2 = 1 - Math.pow(b2, t);
      const r = mapEntries(net.layers, grads, state.m, state.v, (p, g, m, v, out) => {
        const nm = b1 * m + (1 - b1) * g;
        const nv = b2 * v + (1 - b2) * g * g;
        out[0] = p - (lr * (nm / c1)) / (Math.sqrt(nv / c2) + eps);
        out[1] = nm;
        out[2] = nv;
      });
      return { net: { config: net.config, layers: r.layers }, state: { name: "adam", t, m: r.m, v: r.v } };
    }
  }
}
