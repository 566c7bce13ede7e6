"use client";

import { runOptimizer, type OptimizerConfig, type OptimizerKind, type SurfaceName } from "@/lib/calculators";
import { CalculatorFrame, Stat, Stats } from "./calculator-frame";
import { CALCULATOR_DEFAULTS, type PropsOf, type StateOf } from "./defaults";
import { FormProblem, SelectField, TextField } from "./fields";
import { show, showPair } from "./format";
import { stepFormula } from "./optimizer-formula";
import { SurfacePlot } from "./surface-plot";
import { OptimizerTable } from "./optimizer-table";
import { attempt, parseInteger, parseList, parseNumber, type FieldOwner } from "./parse";
import { Tex } from "./tex";
import { initialState, useCalculatorState } from "./use-calculator-state";
import { EngineInputError } from "@/lib/engine";

const OPTIMIZERS = [
  { value: "sgd", label: "SGD" },
  { value: "momentum", label: "SGD + momentum" },
  { value: "adam", label: "Adam" },
  { value: "adamw", label: "AdamW" },
];
const SURFACES = [
  { value: "bowl", label: "Bowl ½(x² + y²)" },
  { value: "ravine", label: "Ravine ½(x² + 25y²)" },
  { value: "rosenbrock", label: "Rosenbrock" },
];
const OWNERS: Record<string, FieldOwner> = {
  optimizer: "opt",
  surface: "surface",
  lr: "lr",
  steps: "steps",
  start: "start",
  beta: "beta",
  beta1: "beta1",
  beta2: "beta2",
  weightDecay: "wd",
  // The gradient is computed at the start point; its overflow is the start point's to fix.
  grad: { input: "start", label: "the gradient" },
};

function config(s: StateOf<"optimizer">): OptimizerConfig {
  const kind = s.opt as OptimizerKind;
  const lr = parseNumber(s.lr, "lr");
  if (kind === "momentum") return { kind, lr, beta: parseNumber(s.beta, "beta") };
  if (kind === "adam" || kind === "adamw") {
    const adam = { lr, beta1: parseNumber(s.beta1, "beta1"), beta2: parseNumber(s.beta2, "beta2") };
    return kind === "adam" ? { kind, ...adam } : { kind, ...adam, weightDecay: parseNumber(s.wd, "wd") };
  }
  return { kind: kind, lr } as OptimizerConfig;
}

function compute(s: StateOf<"optimizer">) {
  const start = parseList(s.start, "start");
  if (start.length !== 2) throw new EngineInputError("start", "start must be two numbers: x, y");
  return runOptimizer({
    surface: s.surface as SurfaceName,
    optimizer: config(s),
    start: [start[0]!, start[1]!],
    steps: parseInteger(s.steps, "steps"),
  });
}

/** SGD, momentum, Adam and AdamW stepping over a 2-D surface, with the path drawn and every step's state. */
export function OptimizerCalculator({ syncUrl = false, ...props }: PropsOf<"optimizer">) {
  const [s, set] = useCalculatorState(initialState(CALCULATOR_DEFAULTS.optimizer, props), syncUrl);
  const r = attempt(() => compute(s), OWNERS);
  const problem = r.ok ? null : r.problem;
  const text = (name: keyof typeof s, label: string, hint?: string) => (
    <TextField name={name} label={label} hint={hint} value={s[name]} onChange={(v) => set(name, v)} problem={problem} />
  );
  const adam = s.opt === "adam" || s.opt === "adamw";
  return (
    <CalculatorFrame
      title="Optimizer steps"
      slug="optimizer"
      standalone={syncUrl}
      state={s}
      set={set}
      inputs={
        <>
          <SelectField
            name="opt"
            label="Optimizer"
            value={s.opt}
            options={OPTIMIZERS}
            onChange={(v) => set("opt", v)}
            problem={problem}
          />
          <SelectField
            name="surface"
            label="Surface"
            value={s.surface}
            options={SURFACES}
            onChange={(v) => set("surface", v)}
            problem={problem}
          />
          {text("lr", "Learning rate η")}
          {text("steps", "Steps N", "0 … 10000")}
          {text("start", "Start point x, y")}
          {s.opt === "momentum" ? text("beta", "Momentum β") : null}
          {adam ? text("beta1", "β₁") : null}
          {adam ? text("beta2", "β₂") : null}
          {s.opt === "adamw" ? text("wd", "Weight decay λ") : null}
        </>
      }
    >
      <FormProblem problem={problem} />
      {r.ok ? (
        <OptimizerResult run={r.value} />
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Fix the input to see the result.</p>
      )}
    </CalculatorFrame>
  );
}

function OptimizerResult({ run }: { run: ReturnType<typeof runOptimizer> }) {
  const last = run.trajectory[run.trajectory.length - 1]!;
  const before = run.trajectory[run.trajectory.length - 2];
  return (
    <>
      <Stats>
        <Stat label={`θ after ${last.step} steps`} value={showPair(last.params)} />
        <Stat label="f(θ)" value={show(last.value, 4)} />
        <Stat label="Distance to minimum" value={show(run.distanceToMinimum, 3)} />
      </Stats>
      {run.diverged ? (
        <p role="status" className="text-sm font-medium text-rose-700 dark:text-rose-300">
          <span aria-hidden>⚠ </span>Diverged after step {last.step}: the next step left the plotted range. Try a
          smaller η.
        </p>
      ) : null}
      <SurfacePlot run={run} />
      {before ? stepFormula(run.optimizer, before, last).map((tex) => <Tex key={tex} display tex={tex} />) : null}
      <OptimizerTable run={run} />
    </>
  );
}
