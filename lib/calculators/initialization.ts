/**
 * Weight initialization: the Xavier/Glorot and He/Kaiming formulas from fan-in/fan-out,
 * and a seeded simulation of how the activations' variance evolves through a deep stack
 * for each choice (the reason the formulas exist).
 *
 *   Xavier   Var(W) = g²·2/(fan_in + fan_out)   normal std = g·√(2/(fan_in + fan_out))   uniform bound = g·√(6/(fan_in + fan_out))
 *   He       Var(W) = 2/fan_in                  normal std = √(2/fan_in)                  uniform bound = √(6/fan_in)
 *   LeCun    Var(W) = 1/fan_in
 * U(−a, a) has variance a²/3, so each uniform bound is √(3·Var). These match PyTorch's
 * nn.init xavier_* (gain g) and kaiming_*(nonlinearity="relu", mode="fan_in").
 */
import { ACTIVATIONS, EngineInputError, createRandom, type RandomSource } from "@/lib/engine";
import { fmt } from "./format";
import { int, num, oneOf } from "./validate";

export const MAX_FAN = 1_000_000;

export type InitScheme =
  "xavier_uniform" | "xavier_normal" | "he_uniform" | "he_normal" | "lecun_normal" | "small_normal";
export const INIT_SCHEMES: readonly InitScheme[] = [
  "xavier_uniform",
  "xavier_normal",
  "he_uniform",
  "he_normal",
  "lecun_normal",
  "small_normal",
];
/** small_normal's fixed std: the "just use N(0, 0.01²)" choice that vanishes with depth. */
export const SMALL_STD = 0.01;

export interface InitFormula {
  fanIn: number;
  fanOut: number;
  /** Var(W). */
  variance: number;
  /** Std of the normal version. */
  normalStd: number;
  /** a of the uniform version U(−a, a). */
  uniformBound: number;
  formula: { normalStd: string; uniformBound: string };
}

/** Xavier/Glorot: keeps variance through forward and backward passes of a linear(-ish) layer. */
export function xavierInit(fanIn: number, fanOut: number, gain = 1): InitFormula {
  const fi = int(fanIn, "fanIn", 1, MAX_FAN);
  const fo = int(fanOut, "fanOut", 1, MAX_FAN);
  const g = num(gain, "gain", { min: 0, max: 100, minExclusive: true });
  const variance = (g * g * 2) / (fi + fo);
  const normalStd = g * Math.sqrt(2 / (fi + fo));
  const uniformBound = g * Math.sqrt(6 / (fi + fo));
  const gs = g === 1 ? "" : `${fmt(g)} \\cdot `;
  return {
    fanIn: fi,
    fanOut: fo,
    variance,
    normalStd,
    uniformBound,
    formula: {
      normalStd: `\\sigma = ${gs}\\sqrt{\\frac{2}{${fi} + ${fo}}} = ${fmt(normalStd)}`,
      uniformBound: `a = ${gs}\\sqrt{\\frac{6}{${fi} + ${fo}}} = ${fmt(uniformBound)}`,
    },
  };
}

/** He/Kaiming (fan-in mode): doubles Xavier's fan-in variance because ReLU zeroes half its inputs. */
export function heInit(fanIn: number): InitFormula {
  const fi = int(fanIn, "fanIn", 1, MAX_FAN);
  const normalStd = Math.sqrt(2 / fi);
  const uniformBound = Math.sqrt(6 / fi);
  return {
    fanIn: fi,
    fanOut: fi,
    variance: 2 / fi,
    normalStd,
    uniformBound,
    formula: {
      normalStd: `\\sigma = \\sqrt{\\frac{2}{${fi}}} = ${fmt(normalStd)}`,
      uniformBound: `a = \\sqrt{\\frac{6}{${fi}}} = ${fmt(uniformBound)}`,
    },
  };
}

export interface InitDistribution {
  scheme: InitScheme;
  distribution: "normal" | "uniform";
  /** Std for normal, bound a for uniform. */
  scale: number;
  variance: number;
}

/** The concrete distribution a scheme draws a fan_in × fan_out weight matrix from. */
export function initDistribution(scheme: InitScheme, fanIn: number, fanOut: number): InitDistribution {
  const s = oneOf(scheme, "scheme", INIT_SCHEMES);
  switch (s) {
    case "xavier_uniform": {
      const f = xavierInit(fanIn, fanOut);
      return { scheme: s, distribution: "uniform", scale: f.uniformBound, variance: f.variance };
    }
    case "xavier_normal": {
      const f = xavierInit(fanIn, fanOut);
      return { scheme: s, distribution: "normal", scale: f.normalStd, variance: f.variance };
    }
    case "he_uniform": {
      const f = heInit(fanIn);
      return { scheme: s, distribution: "uniform", scale: f.uniformBound, variance: f.variance };
    }
    case "he_normal": {
      const f = heInit(fanIn);
      return { scheme: s, distribution: "normal", scale: f.normalStd, variance: f.variance };
    }
    case "lecun_normal": {
      const fi = int(fanIn, "fanIn", 1, MAX_FAN);
      return { scheme: s, distribution: "normal", scale: Math.sqrt(1 / fi), variance: 1 / fi };
    }
    case "small_normal":
      return { scheme: s, distribution: "normal", scale: SMALL_STD, variance: SMALL_STD * SMALL_STD };
  }
}

/** Standard normal draws by Box–Muller, two per pair of uniforms. */
function normalSampler(rng: RandomSource): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u1 = 1 - rng.next(); // (0, 1]: log never sees 0
    const u2 = rng.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };
}

export type SimActivation = "tanh" | "relu" | "sigmoid" | "identity";
export const SIM_ACTIVATIONS: readonly SimActivation[] = ["tanh", "relu", "sigmoid", "identity"];

/** batch × width² × depth multiply-adds allowed in one simulation. */
export const MAX_SIM_WORK = 2e8;

export interface DepthSimulationInput {
  scheme: InitScheme;
  activation: SimActivation;
  /** Units per layer (fan-in = fan-out = width); default 256. */
  width?: number;
  /** Layers; default 10. */
  depth?: number;
  /** Examples pushed through; default 64. */
  batch?: number;
  seed: number;
}

export interface LayerStats {
  layer: number;
  /** Var(z) over all batch × width pre-activations. */
  preActivationVariance: number;
  /** Var(a) of the layer's output. */
  activationVariance: number;
  /** E[a²]; what He preserves for ReLU (Var(z_next) = fan_in·Var(W)·E[a²]). */
  activationMeanSquare: number;
  /** Share of units with local slope f′(z) < 0.01: dead ReLU or saturated tanh/sigmoid. */
  flatFraction: number;
}

export interface DepthSimulation {
  scheme: InitScheme;
  activation: SimActivation;
  width: number;
  depth: number;
  batch: number;
  seed: number;
  weight: InitDistribution;
  /** Var of the N(0, 1) input actually drawn. */
  inputVariance: number;
  layers: LayerStats[];
  /** Last layer's activation variance over the input's. */
  varianceRatio: number;
}

function meanAndVariance(a: Float64Array): { mean: number; variance: number; meanSquare: number } {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < a.length; i++) {
    s += a[i]!;
    s2 += a[i]! * a[i]!;
  }
  const mean = s / a.length;
  const meanSquare = s2 / a.length;
  return { mean, variance: Math.max(0, meanSquare - mean * mean), meanSquare };
}

/**
 * Pushes a batch of N(0, 1) inputs through `depth` dense layers (no bias) of `width` units,
 * weights drawn from the scheme, and records each layer's statistics. Deterministic in
 * the seed; the input batch depends only on seed, width and batch, so schemes compared at
 * one seed see the same data.
 */
export function simulateDepth(input: DepthSimulationInput): DepthSimulation {
  const scheme = oneOf(input.scheme, "scheme", INIT_SCHEMES);
  const activation = oneOf(input.activation, "activation", SIM_ACTIVATIONS);
  const width = int(input.width ?? 256, "width", 1, 1024);
  const depth = int(input.depth ?? 10, "depth", 1, 200);
  const batch = int(input.batch ?? 64, "batch", 1, 1024);
  if (batch * width * width * depth > MAX_SIM_WORK) {
    throw new EngineInputError(
      "depth",
      `batch × width² × depth is ${batch * width * width * depth}; keep it ≤ ${MAX_SIM_WORK}`,
    );
  }
  const rng = createRandom(input.seed);
  const gauss = normalSampler(rng);
  const op = ACTIVATIONS[activation];
  const weight = initDistribution(scheme, width, width);
  const draw =
    weight.distribution === "normal" ? () => weight.scale * gauss() : () => weight.scale * (2 * rng.next() - 1);

  let a: Float64Array = new Float64Array(batch * width);
  for (let i = 0; i < a.length; i++) a[i] = gauss();
  const inputVariance = meanAndVariance(a).variance;

  const layers: LayerStats[] = [];
  const W = new Float64Array(width * width);
  for (let l = 1; l <= depth; l++) {
    for (let i = 0; i < W.length; i++) W[i] = draw();
    const z = new Float64Array(batch * width);
    // z[b][j] = Σ_k a[b][k]·W[k][j]. W is stored transposed (row j holds column j) so the
    // sum is a dot product of two contiguous runs; the entries are i.i.d., so which
    // layout they are drawn in changes nothing.
    for (let b = 0; b < batch; b++) {
      const ao = b * width;
      for (let j = 0; j < width; j++) {
        const wo = j * width;
        let s = 0;
        for (let k = 0; k < width; k++) s += a[ao + k]! * W[wo + k]!;
        z[ao + j] = s;
      }
    }
    const out = new Float64Array(z.length);
    let flat = 0;
    for (let i = 0; i < z.length; i++) {
      const v = op.forward(z[i]!);
      out[i] = v;
      if (op.derivative(z[i]!, v) < 0.01) flat++;
    }
    const zs = meanAndVariance(z);
    const as = meanAndVariance(out);
    layers.push({
      layer: l,
      preActivationVariance: zs.variance,
      activationVariance: as.variance,
      activationMeanSquare: as.meanSquare,
      flatFraction: flat / z.length,
    });
    a = out;
  }
  const last = layers[layers.length - 1]!;
  return {
    scheme,
    activation,
    width,
    depth,
    batch,
    seed: input.seed,
    weight,
    inputVariance,
    layers,
    varianceRatio: last.activationVariance / inputVariance,
  };
}

/** simulateDepth for several schemes at one seed (default: all of them). */
export function compareInits(
  input: Omit<DepthSimulationInput, "scheme"> & { schemes?: readonly InitScheme[] },
): DepthSimulation[] {
  const schemes = input.schemes ?? INIT_SCHEMES;
  if (!Array.isArray(schemes) || schemes.length === 0)
    throw new EngineInputError("schemes", "schemes must be a non-empty list");
  return schemes.map((scheme) => simulateDepth({ ...input, scheme }));
}
