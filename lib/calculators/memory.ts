/**
 * Training activation memory: what the forward pass must keep for the backward pass, for
 * an MLP or a transformer-ish stack, and what gradient checkpointing trades for it.
 *
 * Saved values per layer (B batch, W width, S sequence length, A heads):
 *   mlp          2·B·W                  the layer's input (for ∂W) and its pre-activation (for f′)
 *   transformer  S·B·W·17 + 2.5·A·S²·B  Korthikanti et al. 2022 ("Reducing Activation
 *                Recomputation in Large Transformer Models"): 34·SBW + 5·A·S²·B bytes at
 *                16-bit, halved here to a count of values (their 1-byte dropout masks are
 *                priced like any other value, a slight overestimate).
 * Parameters, gradients and optimizer state are not activations and are not counted.
 *
 * Checkpointing every k layers (PyTorch's checkpoint_sequential): the L layers split into
 * ⌈L/k⌉ segments; the forward keeps only each segment's input (one B·W tensor, or S·B·W),
 * except the last segment, which runs normally. In the backward, each earlier segment is
 * re-run forward from its checkpoint, its activations held while it is backpropagated.
 *   peak ≈ (segments − 1)·boundary + k·perLayer        recomputed layers = L − (last segment's size)
 * k ≈ √L balances the two terms: memory O(√L) for about one extra forward pass.
 * Compute: a backward costs ≈ 2 forwards, so a training step ≈ 3 forwards.
 */
import { EngineInputError } from "@/lib/engine";
import { fmt } from "./format";
import { int, num, oneOf } from "./validate";

export type StackKind = "mlp" | "transformer";
export const STACK_KINDS: readonly StackKind[] = ["mlp", "transformer"];

export interface StackConfig {
  kind: StackKind;
  batch: number;
  /** Hidden width (d_model for a transformer). */
  width: number;
  /** Layers (transformer blocks). */
  depth: number;
  /** 4 for fp32, 2 for fp16/bf16; default 4. */
  bytesPerValue?: number;
  /** Transformer only; default 1024. */
  seqLen?: number;
  /** Transformer only; default 16. */
  heads?: number;
}

interface Resolved {
  kind: StackKind;
  batch: number;
  width: number;
  depth: number;
  bytesPerValue: number;
  seqLen: number;
  heads: number;
}

const MAX_DIM = 1_000_000;
export const MAX_DEPTH = 10_000;

function resolve(c: StackConfig): Resolved {
  if (typeof c !== "object" || c === null) throw new EngineInputError("config", "config must be an object");
  const kind = oneOf(c.kind, "kind", STACK_KINDS);
  return {
    kind,
    batch: int(c.batch, "batch", 1, MAX_DIM),
    width: int(c.width, "width", 1, MAX_DIM),
    depth: int(c.depth, "depth", 1, MAX_DEPTH),
    bytesPerValue: num(c.bytesPerValue ?? 4, "bytesPerValue", { min: 0, max: 8, minExclusive: true }),
    seqLen: kind === "transformer" ? int(c.seqLen ?? 1024, "seqLen", 1, MAX_DIM) : 1,
    heads: kind === "transformer" ? int(c.heads ?? 16, "heads", 1, 4096) : 1,
  };
}

export interface ActivationMemory {
  config: Resolved;
  /** Values one layer saves for backward. */
  perLayerValues: number;
  /** Values in one layer's input (what a checkpoint keeps). */
  boundaryValues: number;
  totalValues: number;
  perLayerBytes: number;
  totalBytes: number;
  formula: string;
}

/** Activation memory of one training step without checkpointing. */
export function activationMemory(config: StackConfig): ActivationMemory {
  const r = resolve(config);
  const { batch: B, width: W, depth: L, seqLen: S, heads: A, bytesPerValue: bpv } = r;
  const perLayerValues = r.kind === "mlp" ? 2 * B * W : S * B * W * 17 + 2.5 * A * S * S * B;
  const boundaryValues = S * B * W;
  const totalValues = L * perLayerValues;
  const totalBytes = totalValues * bpv;
  if (!Number.isSafeInteger(Math.ceil(totalBytes))) {
    throw new EngineInputError("batch", "the memory exceeds 2⁵³ bytes; use smaller sizes");
  }
  const perLayer =
    r.kind === "mlp"
      ? `2 \\cdot ${B} \\cdot ${W}`
      : `(${S} \\cdot ${B} \\cdot ${W} \\cdot 17 + 2.5 \\cdot ${A} \\cdot ${S}^2 \\cdot ${B})`;
  return {
    config: r,
    perLayerValues,
    boundaryValues,
    totalValues,
    perLayerBytes: perLayerValues * bpv,
    totalBytes,
    formula: `M = L \\cdot ${perLayer} \\cdot \\text{bytes} = ${L} \\cdot ${fmt(perLayerValues)} \\cdot ${fmt(bpv)} = \\text{${formatBytes(totalBytes)}}`,
  };
}

export interface Checkpointing {
  /** Layers per segment. */
  k: number;
  segments: number;
  /** Checkpoints kept through the forward (segment inputs, except the last segment's). */
  checkpoints: number;
  peakValues: number;
  peakBytes: number;
  baselineBytes: number;
  savedBytes: number;
  /** savedBytes / baselineBytes: 0 at k = L; never negative here, since a checkpoint (one layer input) is smaller than a layer's saved values. */
  savedFraction: number;
  /** Layers whose forward is run twice. */
  recomputedLayers: number;
  /** Extra compute as a share of one forward pass: recomputed / L. */
  extraForwardFraction: number;
  /** Extra compute as a share of a training step (≈ 3 forwards): recomputed / 3L. */
  extraStepFraction: number;
  formula: string;
}

/** Checkpointing every k layers, or every ≈ √L with "sqrt". */
export function checkpointMemory(config: StackConfig, every: number | "sqrt"): Checkpointing {
  const base = activationMemory(config);
  const L = base.config.depth;
  const k = every === "sqrt" ? Math.max(1, Math.round(Math.sqrt(L))) : int(every, "every", 1, L);
  return checkpointFor(base, k);
}

function checkpointFor(base: ActivationMemory, k: number): Checkpointing {
  const L = base.config.depth;
  const bpv = base.config.bytesPerValue;
  const segments = Math.ceil(L / k);
  const lastSegment = L - (segments - 1) * k;
  const checkpoints = segments - 1;
  const peakValues = checkpoints * base.boundaryValues + k * base.perLayerValues;
  const peakBytes = peakValues * bpv;
  const recomputedLayers = L - lastSegment;
  return {
    k,
    segments,
    checkpoints,
    peakValues,
    peakBytes,
    baselineBytes: base.totalBytes,
    savedBytes: base.totalBytes - peakBytes,
    savedFraction: (base.totalBytes - peakBytes) / base.totalBytes,
    recomputedLayers,
    extraForwardFraction: recomputedLayers / L,
    extraStepFraction: recomputedLayers / (3 * L),
    formula:
      `M_{\\text{ckpt}} = (\\lceil ${L}/${k} \\rceil - 1) \\cdot ${fmt(base.boundaryValues)} + ${k} \\cdot ${fmt(base.perLayerValues)} ` +
      `= ${fmt(peakValues)} \\text{ values} = \\text{${formatBytes(peakBytes)}}`,
  };
}

/** checkpointMemory for every k = 1 … L (L ≤ 1000), for a memory-vs-compute plot. */
export function checkpointSweep(config: StackConfig): Checkpointing[] {
  const base = activationMemory(config);
  const L = base.config.depth;
  if (L > 1000) throw new EngineInputError("depth", "a sweep needs depth ≤ 1000");
  return Array.from({ length: L }, (_, i) => checkpointFor(base, i + 1));
}

/** Bytes in binary units: "512 B", "1.5 KiB", "3 GiB". */
export function formatBytes(bytes: number): string {
  const b = num(bytes, "bytes", { min: 0 });
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let v = b;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : Number(v.toPrecision(4))} ${units[u]}`;
}
