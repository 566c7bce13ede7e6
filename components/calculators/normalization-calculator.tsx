"use client";

import { batchNorm, counted, layerNorm } from "@/lib/calculators";
import { CalculatorFrame } from "./calculator-frame";
import { CALCULATOR_DEFAULTS, type PropsOf, type StateOf } from "./defaults";
import { FormProblem, SelectField, TextField } from "./fields";
import { NormalizationResult } from "./normalization-result";
import { attempt, parseList, parseMatrix, type FieldOwner } from "./parse";
import { initialState, useCalculatorState } from "./use-calculator-state";
import { EngineInputError } from "@/lib/engine";

const KINDS = [
  { value: "batch", label: "BatchNorm" },
  { value: "layer", label: "LayerNorm" },
];
const MODES = [
  { value: "train", label: "Training (batch statistics)" },
  { value: "inference", label: "Inference (running averages)" },
];
const OWNERS: Record<string, FieldOwner> = {
  x: "x",
  gamma: "gamma",
  beta: "beta",
  // ε is fixed; a variance it cannot rescue comes from the numbers in x.
  eps: { input: "x", label: "ε" },
  mode: "mode",
  "running.mean": "runmean",
  "running.variance": "runvar",
  runmean: "runmean",
  runvar: "runvar",
  kind: "kind",
};

function compute(s: StateOf<"normalization">) {
  const x = parseMatrix(s.x, "x");
  const options = { gamma: parseList(s.gamma, "gamma"), beta: parseList(s.beta, "beta") };
  if (s.kind === "layer") return layerNorm(x, options);
  if (s.kind !== "batch") throw new EngineInputError("kind", `kind must be batch or layer, got ${s.kind}`);
  const running = { mean: parseList(s.runmean, "runmean"), variance: parseList(s.runvar, "runvar") };
  // The library names running stats "running.mean"; both map back to the inputs here.
  if (running.mean.length !== x[0]?.length)
    throw new EngineInputError(
      "runmean",
      `running mean needs ${counted(x[0]?.length ?? 0, "entry", "entries")}, one per feature`,
    );
  if (running.variance.length !== x[0]?.length)
    throw new EngineInputError(
      "runvar",
      `running variance needs ${counted(x[0]?.length ?? 0, "entry", "entries")}, one per feature`,
    );
  return batchNorm(x, { ...options, mode: s.mode as "train" | "inference", running });
}

/** BatchNorm and LayerNorm on a small matrix: statistics along their axis, x̂, and γx̂ + β. */
export function NormalizationCalculator({ syncUrl = false, ...props }: PropsOf<"normalization">) {
  const [s, set] = useCalculatorState(initialState(CALCULATOR_DEFAULTS.normalization, props), syncUrl);
  const r = attempt(() => compute(s), OWNERS);
  const problem = r.ok ? null : r.problem;
  const text = (name: keyof typeof s, label: string, hint?: string, multiline = false) => (
    <TextField
      name={name}
      label={label}
      hint={hint}
      multiline={multiline}
      value={s[name]}
      onChange={(v) => set(name, v)}
      problem={problem}
    />
  );
  return (
    <CalculatorFrame
      title="BatchNorm and LayerNorm"
      slug="normalization"
      standalone={syncUrl}
      state={s}
      set={set}
      inputs={
        <>
          <SelectField
            name="kind"
            label="Normalization"
            value={s.kind}
            options={KINDS}
            onChange={(v) => set("kind", v)}
            problem={problem}
          />
          {text(
            "x",
            "Matrix x (rows = examples)",
            "Rows separated by ; or new lines, entries by commas: 1,2;3,4;5,6",
            true,
          )}
          {text("gamma", "γ (one per feature)")}
          {text("beta", "β (one per feature)")}
          {s.kind === "batch" ? (
            <>
              <SelectField
                name="mode"
                label="Mode"
                value={s.mode}
                options={MODES}
                onChange={(v) => set("mode", v)}
                problem={problem}
              />
              {text("runmean", "Running mean (before)")}
              {text("runvar", "Running variance (before)")}
            </>
          ) : null}
        </>
      }
    >
      <FormProblem problem={problem} />
      {r.ok ? (
        <NormalizationResult result={r.value} />
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Fix the input to see the result.</p>
      )}
    </CalculatorFrame>
  );
}
