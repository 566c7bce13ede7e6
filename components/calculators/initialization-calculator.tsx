"use client";

import { useDeferredValue, useMemo } from "react";
import { compareInits, heInit, xavierInit, type InitScheme, type SimActivation } from "@/lib/calculators";
import { CalculatorFrame, Stat, Stats } from "./calculator-frame";
import { CALCULATOR_DEFAULTS, type PropsOf, type StateOf } from "./defaults";
import { FormProblem, SelectField, TextField } from "./fields";
import { show } from "./format";
import { LinePlot, type Series } from "./line-plot";
import { attempt, parseInteger, type FieldOwner } from "./parse";
import { Tex } from "./tex";
import { initialState, useCalculatorState } from "./use-calculator-state";

const ACTS = [
  { value: "tanh", label: "tanh" },
  { value: "relu", label: "ReLU" },
  { value: "sigmoid", label: "sigmoid" },
  { value: "identity", label: "none (linear)" },
];
const OWNERS: Record<string, FieldOwner> = {
  fanIn: "fanin",
  fanOut: "fanout",
  activation: "act",
  depth: "depth",
  width: "width",
  // The simulation's batch is fixed; the width is what a learner changes to keep the work in bounds.
  batch: { input: "width", label: "the simulated batch" },
  seed: "seed",
};
const SCHEMES: { scheme: InitScheme; label: string; className: string; dash?: string }[] = [
  { scheme: "xavier_normal", label: "Xavier normal", className: "stroke-brand-600 dark:stroke-brand-100" },
  { scheme: "he_normal", label: "He normal", className: "stroke-emerald-600", dash: "6 3" },
  { scheme: "lecun_normal", label: "LeCun normal", className: "stroke-amber-600", dash: "2 3" },
  { scheme: "small_normal", label: "N(0, 0.01²)", className: "stroke-rose-600", dash: "10 3 2 3" },
];

function formulas(s: StateOf<"initialization">) {
  const fanIn = parseInteger(s.fanin, "fanIn");
  const fanOut = parseInteger(s.fanout, "fanOut");
  return { xavier: xavierInit(fanIn, fanOut), he: heInit(fanIn) };
}

function simulate(s: StateOf<"initialization">) {
  return compareInits({
    schemes: SCHEMES.map((x) => x.scheme),
    activation: s.act as SimActivation,
    width: parseInteger(s.width, "width"),
    depth: parseInteger(s.depth, "depth"),
    batch: 32,
    seed: parseInteger(s.seed, "seed"),
  });
}

/** Xavier and He from fan-in/fan-out, and what each does to the activations' variance through depth. */
export function InitializationCalculator({ syncUrl = false, ...props }: PropsOf<"initialization">) {
  const [s, set] = useCalculatorState(initialState(CALCULATOR_DEFAULTS.initialization, props), syncUrl);
  const f = attempt(() => formulas(s), OWNERS);
  // The simulation is the one costly computation here: it trails the typing instead of blocking it.
  const deferred = useDeferredValue(s);
  const sim = useMemo(() => attempt(() => simulate(deferred), OWNERS), [deferred]);
  const problem = f.ok ? (sim.ok ? null : sim.problem) : f.problem;
  const text = (name: keyof typeof s, label: string, hint?: string) => (
    <TextField name={name} label={label} hint={hint} value={s[name]} onChange={(v) => set(name, v)} problem={problem} />
  );
  return (
    <CalculatorFrame
      title="Weight initialization"
      slug="initialization"
      standalone={syncUrl}
      state={s}
      set={set}
      inputs={
        <>
          {text("fanin", "fan-in")}
          {text("fanout", "fan-out")}
          <SelectField
            name="act"
            label="Simulated activation"
            value={s.act}
            options={ACTS}
            onChange={(v) => set("act", v)}
            problem={problem}
          />
          {text("depth", "Depth (layers)", "1 … 200")}
          {text("width", "Width (units per layer)", "1 … 1024")}
          {text("seed", "Seed")}
        </>
      }
    >
      <FormProblem problem={problem} />
      {f.ok ? (
        <>
          <Stats>
            <Stat label="Xavier std" value={show(f.value.xavier.normalStd)} />
            <Stat label="Xavier uniform bound" value={show(f.value.xavier.uniformBound)} />
            <Stat label="He std" value={show(f.value.he.normalStd)} />
            <Stat label="He uniform bound" value={show(f.value.he.uniformBound)} />
          </Stats>
          <p className="text-sm font-medium">Xavier / Glorot (tanh, sigmoid, linear)</p>
          <Tex display tex={f.value.xavier.formula.normalStd} />
          <Tex display tex={f.value.xavier.formula.uniformBound} />
          <p className="text-sm font-medium">He / Kaiming (ReLU)</p>
          <Tex display tex={f.value.he.formula.normalStd} />
          <Tex display tex={f.value.he.formula.uniformBound} />
        </>
      ) : null}
      {sim.ok ? <Simulation runs={sim.value} /> : null}
    </CalculatorFrame>
  );
}

function Simulation({ runs }: { runs: ReturnType<typeof compareInits> }) {
  const first = runs[0];
  if (!first) return null;
  const series: Series[] = runs.map((run, k) => ({
    label: SCHEMES[k]?.label ?? run.scheme,
    className: SCHEMES[k]?.className ?? "stroke-zinc-500",
    dash: SCHEMES[k]?.dash,
    points: [[0, run.inputVariance] as const, ...run.layers.map((l) => [l.layer, l.activationVariance] as const)],
  }));
  return (
    <div className="space-y-2">
      <h4 className="text-sm font-semibold">
        Activation variance through {first.depth} {first.activation} layers of width {first.width} (seed {first.seed})
      </h4>
      <LinePlot
        title="Activation variance by layer for each initialization"
        xLabel="layer"
        yLabel="Var(a)"
        logY
        series={series}
      />
      <ul className="text-sm">
        {runs.map((run, k) => (
          <li key={run.scheme} data-scheme={run.scheme}>
            {SCHEMES[k]?.label}: last layer&apos;s variance is {show(run.varianceRatio, 3)}× the input&apos;s
            {run.varianceRatio < 1e-3 ? " (vanished)" : run.varianceRatio > 1e3 ? " (exploded)" : ""}.
          </li>
        ))}
      </ul>
    </div>
  );
}
