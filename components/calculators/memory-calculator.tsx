"use client";

import {
  activationMemory,
  checkpointMemory,
  checkpointSweep,
  formatBytes,
  type StackConfig,
  type StackKind,
} from "@/lib/calculators";
import { CalculatorFrame, Stat, Stats } from "./calculator-frame";
import { CALCULATOR_DEFAULTS, type PropsOf, type StateOf } from "./defaults";
import { FormProblem, SelectField, TextField } from "./fields";
import { show } from "./format";
import { LinePlot } from "./line-plot";
import { attempt, parseInteger, parseNumber } from "./parse";
import { Tex } from "./tex";
import { initialState, useCalculatorState } from "./use-calculator-state";

const KINDS = [
  { value: "mlp", label: "MLP" },
  { value: "transformer", label: "Transformer" },
];
const BYTES = [
  { value: "4", label: "fp32 (4 bytes)" },
  { value: "2", label: "fp16 / bf16 (2 bytes)" },
];
const OWNERS = {
  kind: "kind",
  batch: "batch",
  width: "width",
  depth: "depth",
  bytesPerValue: "bytes",
  seqLen: "seq",
  heads: "heads",
  every: "every",
};

function compute(s: StateOf<"memory">) {
  const config: StackConfig = {
    kind: s.kind as StackKind,
    batch: parseInteger(s.batch, "batch"),
    width: parseInteger(s.width, "width"),
    depth: parseInteger(s.depth, "depth"),
    bytesPerValue: parseNumber(s.bytes, "bytesPerValue"),
    seqLen: s.kind === "transformer" ? parseInteger(s.seq, "seqLen") : undefined,
    heads: s.kind === "transformer" ? parseInteger(s.heads, "heads") : undefined,
  };
  const every = s.every.trim() === "sqrt" ? "sqrt" : parseInteger(s.every, "every");
  const base = activationMemory(config);
  return {
    base,
    ckpt: checkpointMemory(config, every),
    sweep: base.config.depth <= 1000 ? checkpointSweep(config) : null,
  };
}

/** Activation memory of a training step, and what checkpointing every k layers saves and costs. */
export function MemoryCalculator({ syncUrl = false, ...props }: PropsOf<"memory">) {
  const [s, set] = useCalculatorState(initialState(CALCULATOR_DEFAULTS.memory, props), syncUrl);
  const r = attempt(() => compute(s), OWNERS);
  const problem = r.ok ? null : r.problem;
  const text = (name: keyof typeof s, label: string, hint?: string) => (
    <TextField name={name} label={label} hint={hint} value={s[name]} onChange={(v) => set(name, v)} problem={problem} />
  );
  return (
    <CalculatorFrame
      title="Training memory"
      slug="memory"
      standalone={syncUrl}
      state={s}
      set={set}
      inputs={
        <>
          <SelectField
            name="kind"
            label="Model"
            value={s.kind}
            options={KINDS}
            onChange={(v) => set("kind", v)}
            problem={problem}
          />
          {text("batch", "Batch B")}
          {text("width", s.kind === "transformer" ? "d_model W" : "Width W")}
          {text("depth", "Layers L")}
          {s.kind === "transformer" ? text("seq", "Sequence length S") : null}
          {s.kind === "transformer" ? text("heads", "Heads A") : null}
          <SelectField
            name="bytes"
            label="Precision"
            value={s.bytes}
            options={BYTES}
            onChange={(v) => set("bytes", v)}
            problem={problem}
          />
          {text("every", "Checkpoint every k layers", "A number, or sqrt for k ≈ √L")}
        </>
      }
    >
      <FormProblem problem={problem} />
      {r.ok ? (
        <MemoryResult {...r.value} />
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Fix the input to see the result.</p>
      )}
    </CalculatorFrame>
  );
}

function MemoryResult({ base, ckpt, sweep }: ReturnType<typeof compute>) {
  return (
    <>
      <Stats>
        <Stat label="Activations, no checkpointing" value={formatBytes(base.totalBytes)} />
        <Stat label={`Peak with k = ${ckpt.k}`} value={formatBytes(ckpt.peakBytes)} />
        <Stat label="Saved" value={`${show(ckpt.savedFraction * 100, 3)} %`} />
        <Stat label="Layers recomputed" value={`${ckpt.recomputedLayers} of ${base.config.depth}`} />
        <Stat label="Extra compute per step" value={`≈ ${show(ckpt.extraStepFraction * 100, 3)} %`} />
      </Stats>
      <Tex display tex={base.formula} />
      <Tex display tex={ckpt.formula} />
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Checkpointing keeps only {ckpt.checkpoints} segment input{ckpt.checkpoints === 1 ? "" : "s"} through the forward
        pass and re-runs each of the first {ckpt.segments - 1} segment{ckpt.segments === 2 ? "" : "s"} forward during
        backward: about {show(ckpt.extraForwardFraction * 100, 3)} % of a forward pass more compute (a backward costs
        about two forwards, so ≈ {show(ckpt.extraStepFraction * 100, 3)} % of the step). Weights, gradients and
        optimizer state are not counted.
      </p>
      {sweep && sweep.length > 1 ? (
        <LinePlot
          title="Peak activation memory against the checkpoint interval k"
          xLabel="checkpoint every k layers"
          yLabel="peak memory (MiB)"
          yInclude={[0]}
          series={[
            {
              label: "peak memory",
              points: sweep.map((c) => [c.k, c.peakBytes / 2 ** 20]),
              className: "stroke-brand-600 dark:stroke-brand-100",
            },
          ]}
          marker={{ x: ckpt.k, y: ckpt.peakBytes / 2 ** 20, label: `k = ${ckpt.k}` }}
        />
      ) : null}
    </>
  );
}
