/**
 * The one home of every optimiser update rule, used by the optimizer calculator (one 2-D point) and the
 * playground's training (every weight of a network). Each rule is a per-entry function: one parameter, its
 * gradient and its running state in, the new ones out, so both callers produce the same numbers from the
 * same arithmetic.
 *
 * Update rules follow PyTorch's torch.optim (names: β momentum; β₁, β₂, ε Adam's; λ AdamW's decay):
 *   SGD       θ ← θ − η·g
 *   momentum  u ← β·u + g;  θ ← θ − η·u                        (torch.optim.SGD, dampening 0)
 *   Nesterov  u ← β·u + g;  θ ← θ − η·(g + β·u)                (torch.optim.SGD, nesterov=True)
 *   Adam      m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  m̂ = m/(1−β₁ᵗ);  v̂ = v/(1−β₂ᵗ)
 *             θ ← θ − η·m̂/(√v̂ + ε)
 *   AdamW     θ ← θ − η·(m̂/(√v̂ + ε) + λθ)                    (decay decoupled from g)
 */
import { EngineInputError } from "./errors";
import type { Mlp, MlpGrads, MlpLayer } from "./mlp";

export type OptimizerName = "sgd" | "momentum" | "nesterov" | "adam" | "adamw";
export const OPTIMIZER_NAMES: readonly OptimizerName[] = ["sgd", "momentum", "nesterov", "adam", "adamw"];

/** Hyperparameters; unset ones take PyTorch's defaults (β 0.9; β₁ 0.9, β₂ 0.999, ε 1e-8; λ 0.01). */
export interface OptimizerSettings {
  name: OptimizerName;
  lr: number;
  /** momentum and Nesterov: the velocity's decay */
  beta?: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  /** AdamW's decoupled weight decay λ */
  weightDecay?: number;
}

/** PyTorch's defaults, for every hyperparameter a caller leaves unset (the calculator's too). */
export const OPTIMIZER_DEFAULTS = { beta: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01 } as const;

/** Every hyperparameter resolved. */
export interface Hyperparameters {
  lr: number;
  beta: number;
  beta1: number;
  beta2: number;
  eps: number;
  /** 0 except for AdamW */
  weightDecay: number;
}

/** The constants of one step: the hyperparameters resolved and Adam's bias corrections for step t. */
export interface StepConstants extends Hyperparameters {
  /** this step's number, 1 on the first */
  t: number;
  /** 1 − β₁ᵗ and 1 − β₂ᵗ */
  bias1: number;
  bias2: number;
}

/**
 * β^t for a whole t ≥ 0 by repeated squaring, multiplications only. Not `β ** t`: Math.pow is not correctly
 * rounded, and its last bits differ between V8 versions (Node 20 and a current Chromium disagree on 0.9 ** 4),
 * so a calculator's server HTML and its hydration render drew Adam's path at different points. IEEE
 * multiplication rounds the same everywhere.
 */
export function powStep(base: number, t: number): number {
  let result = 1;
  let square = base;
  for (let e = t; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result *= square;
    square *= square;
  }
  return result;
}

/** Once per step, not per entry: the bias corrections cost a loop each. */
export function stepConstants(settings: OptimizerSettings, t: number): StepConstants {
  const beta1 = settings.beta1 ?? OPTIMIZER_DEFAULTS.beta1;
  const beta2 = settings.beta2 ?? OPTIMIZER_DEFAULTS.beta2;
  return {
    lr: settings.lr,
    beta: settings.beta ?? OPTIMIZER_DEFAULTS.beta,
    beta1,
    beta2,
    eps: settings.eps ?? OPTIMIZER_DEFAULTS.eps,
    weightDecay: settings.name === "adamw" ? (settings.weightDecay ?? OPTIMIZER_DEFAULTS.weightDecay) : 0,
    t,
    bias1: 1 - powStep(beta1, t),
    bias2: 1 - powStep(beta2, t),
  };
}

/**
 * One entry's step. `m` is the momentum buffer u (momentum, Nesterov) or Adam's first moment; `v` Adam's
 * second moment; the rules that do not use one pass it through. Adam's intermediate values are kept for the
 * calculator, which shows them; the others leave them 0.
 */
export interface EntryStep {
  param: number;
  /** θ_new − θ_old */
  update: number;
  m: number;
  v: number;
  mHat: number;
  vHat: number;
  /** m̂/(√v̂ + ε), the direction before η and decay */
  direction: number;
  /** λθ */
  decay: number;
}

export function emptyEntryStep(): EntryStep {
  return { param: 0, update: 0, m: 0, v: 0, mHat: 0, vHat: 0, direction: 0, decay: 0 };
}

/**
 * Written into `out` rather than returned: a mini-batch of one runs this for every weight on every example,
 * and a fresh object per entry made the garbage collector the bottleneck. `+ 0` turns −0 into 0 so a zero
 * update never prints as "−0".
 */
export type EntryRule = (c: StepConstants, p: number, g: number, m: number, v: number, out: EntryStep) => void;

function finish(out: EntryStep, p: number, update: number, m: number, v: number): void {
  out.update = update + 0;
  out.param = p + out.update;
  out.m = m;
  out.v = v;
  out.mHat = 0;
  out.vHat = 0;
  out.direction = 0;
  out.decay = 0;
}

function adamRule(c: StepConstants, p: number, g: number, m0: number, v0: number, out: EntryStep): void {
  // m, v: running means of g and g²; dividing by 1 − βᵗ undoes their pull towards the zero start; the step
  // m̂/(√v̂ + ε) has size ≈ η whatever the gradient's scale.
  const m = c.beta1 * m0 + (1 - c.beta1) * g;
  const v = c.beta2 * v0 + (1 - c.beta2) * g * g;
  const mHat = m / c.bias1;
  const vHat = v / c.bias2;
  const direction = mHat / (Math.sqrt(vHat) + c.eps);
  const decay = c.weightDecay * p;
  finish(out, p, -c.lr * (direction + decay), m, v);
  out.mHat = mHat;
  out.vHat = vHat;
  out.direction = direction;
  out.decay = decay;
}

export const UPDATE_RULES: Readonly<Record<OptimizerName, EntryRule>> = {
  sgd: (c, p, g, m, v, out) => finish(out, p, -c.lr * g, m, v),
  // The velocity averages recent gradients, so steps along a consistent direction grow and zig-zags across
  // a valley cancel.
  momentum: (c, p, g, m, v, out) => {
    const u = c.beta * m + g;
    finish(out, p, -c.lr * u, u, v);
  },
  // Nesterov steps with the gradient plus the velocity it is about to have: a look-ahead.
  nesterov: (c, p, g, m, v, out) => {
    const u = c.beta * m + g;
    finish(out, p, -c.lr * (g + c.beta * u), u, v);
  },
  adam: adamRule,
  adamw: adamRule,
};

// ---------------------------------------------------------------------------------------
// A whole network: the rule mapped over every W and b
// ---------------------------------------------------------------------------------------

export interface OptimizerState {
  name: OptimizerName;
  /** steps taken so far; Adam's bias correction needs it */
  t: number;
  /** momentum, Nesterov: velocity; Adam: first-moment estimate (empty for SGD) */
  m: MlpLayer[];
  /** Adam: second-moment estimate (empty for the others) */
  v: MlpLayer[];
}

const usesM = (name: OptimizerName) => name !== "sgd";
const usesV = (name: OptimizerName) => name === "adam" || name === "adamw";

function zerosLike(layers: readonly MlpLayer[]): MlpLayer[] {
  return layers.map(({ W, b }) => ({
    W: W.map((r) => new Array<number>(r.length).fill(0)),
    b: new Array<number>(b.length).fill(0),
  }));
}

export function initOptimizer(name: OptimizerName, net: Mlp): OptimizerState {
  return { name, t: 0, m: usesM(name) ? zerosLike(net.layers) : [], v: usesV(name) ? zerosLike(net.layers) : [] };
}

/**
 * Applies an entry rule over every W and b, building new arrays (the inputs are never written). Shapes are
 * trusted: grads and state come from the same net.
 */
function mapEntries(
  layers: readonly MlpLayer[],
  grads: MlpGrads,
  m: readonly MlpLayer[],
  v: readonly MlpLayer[],
  rule: EntryRule,
  c: StepConstants,
): { layers: MlpLayer[]; m: MlpLayer[]; v: MlpLayer[] } {
  const out = emptyEntryStep();
  const row = (p: number[], g: number[], mr: number[] | undefined, vr: number[] | undefined) => {
    const np = new Array<number>(p.length);
    const nm = new Array<number>(p.length);
    const nv = new Array<number>(p.length);
    for (let j = 0; j < p.length; j++) {
      rule(c, p[j]!, g[j]!, mr?.[j] ?? 0, vr?.[j] ?? 0, out);
      np[j] = out.param;
      nm[j] = out.m;
      nv[j] = out.v;
    }
    return [np, nm, nv] as const;
  };
  const outL: MlpLayer[] = [];
  const outM: MlpLayer[] = [];
  const outV: MlpLayer[] = [];
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
  const t = state.t + 1;
  const r = mapEntries(net.layers, grads, state.m, state.v, UPDATE_RULES[settings.name], stepConstants(settings, t));
  const next: OptimizerState = {
    name: state.name,
    t,
    m: usesM(state.name) ? r.m : [],
    v: usesV(state.name) ? r.v : [],
  };
  return { net: { config: net.config, layers: r.layers }, state: next };
}
