"use client";

import { bandLegend, fmt, gradientCheckReport, type EpsCause } from "@/lib/calculators";
import { EngineInputError, generateInstance, type Activation } from "@/lib/engine";
import { CalculatorFrame, Stat, Stats } from "./calculator-frame";
import { CALCULATOR_DEFAULTS, type PropsOf, type StateOf } from "./defaults";
import { FormProblem, SelectField, TextField } from "./fields";
import { show } from "./format";
import { GradientCheckCurve } from "./gradient-check-curve";
import { GradientCheckTable } from "./gradient-check-table";
import { attempt, parseInteger, parseNumber } from "./parse";
import { Tex } from "./tex";
import { initialState, useCalculatorState } from "./use-calculator-state";
import { useHydrated } from "@/components/use-hydrated";

const HIDDEN = [
  { value: "tanh", label: "tanh" },
  { value: "sigmoid", label: "sigmoid" },
  { value: "relu", label: "ReLU" },
];
const OWNERS = { seed: "seed", eps: "eps", hidden: "hidden" };
/** The fixed network: 2 inputs, 3 hidden units, 2 classes, a batch of 2 — 21 numbers to check, a table that fits. */
const NETWORK = { dIn: 2, h: 3, dOut: 2, n: 2, output: "identity", loss: "softmax_ce" } as const;

function compute(s: StateOf<"gradient-check">) {
  if (!HIDDEN.some((h) => h.value === s.hidden))
    throw new EngineInputError("hidden", `hidden must be tanh, sigmoid or relu, got ${s.hidden}`);
  const seed = parseInteger(s.seed, "seed");
  if (seed < 0 || seed > 2 ** 31 - 1)
    throw new EngineInputError("seed", "seed must be a whole number from 0 to 2147483647");
  const spec = generateInstance({ ...NETWORK, hidden: s.hidden as Activation }, seed);
  return gradientCheckReport(spec, { eps: parseNumber(s.eps, "eps") });
}

/** Backprop's gradients against central finite differences on a small seeded two-layer network. */
export function GradientCheckCalculator({ syncUrl = false, ...props }: PropsOf<"gradient-check">) {
  const [s, set] = useCalculatorState(initialState(CALCULATOR_DEFAULTS["gradient-check"], props), syncUrl);
  const hydrated = useHydrated();
  const r = attempt(() => compute(s), OWNERS);
  const problem = r.ok ? null : r.problem;
  return (
    <CalculatorFrame
      title="Gradient check"
      slug="gradient-check"
      standalone={syncUrl}
      state={s}
      set={set}
      inputs={
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            A 2-3-2 network, softmax cross-entropy, batch of 2; the seed draws its numbers.
          </p>
          <SelectField
            name="hidden"
            label="Hidden activation"
            value={s.hidden}
            options={HIDDEN}
            onChange={(v) => set("hidden", v)}
            problem={problem}
          />
          <TextField name="seed" label="Seed" value={s.seed} onChange={(v) => set("seed", v)} problem={problem} />
          <TextField
            name="eps"
            label="Step ε"
            hint="Try 1e-12 or 1 to see round-off and truncation on the curve."
            value={s.eps}
            onChange={(v) => set("eps", v)}
            problem={problem}
          />
        </>
      }
    >
      <FormProblem problem={problem} />
      {!hydrated ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Checking the gradients…</p>
      ) : r.ok ? (
        <Report report={r.value} />
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Fix the input to see the result.</p>
      )}
    </CalculatorFrame>
  );
}

/** Bad rows at an ε the curve blames get the cause, not "wrong": the backward pass is not what failed there. */
const STEP_CAUSE: Partial<Record<EpsCause, string>> = { "eps-too-small": "round-off", "eps-too-large": "truncation" };

function Report({ report }: { report: ReturnType<typeof gradientCheckReport> }) {
  const { overall, diagnosis } = report;
  const mark = diagnosis.cause === "agrees" ? "✓" : "⚠";
  return (
    <>
      <Stats>
        <Stat label="Max relative error" value={show(overall.maxRelError, 3)} />
        <Stat label="Verdict" value={`${mark} ${diagnosis.headline}`} />
        <Stat label="Best ε on the curve" value={`${show(diagnosis.best.eps)} (${show(diagnosis.best.relError, 2)})`} />
        <Stat label="Worst entry" value={overall.worst?.label ?? "—"} />
      </Stats>
      <p className="text-sm" data-verdict={diagnosis.cause}>
        {diagnosis.explanation}
      </p>
      <GradientCheckCurve curve={report.curve} diagnosis={diagnosis} />
      <Tex
        display
        tex={`\\frac{\\partial L}{\\partial \\theta} \\approx \\frac{L(\\theta + \\epsilon) - L(\\theta - \\epsilon)}{2\\epsilon},\\quad \\epsilon = ${fmt(report.eps)}`}
      />
      {overall.formula ? <Tex display tex={overall.formula} /> : null}
      {report.kinkNote ? (
        <p role="note" className="rounded-md border border-amber-500 p-2 text-sm">
          {report.kinkNote}
        </p>
      ) : null}
      <GradientCheckTable rows={report.rows} badCause={STEP_CAUSE[diagnosis.cause]} />
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Bands of the relative error at one ε: {bandLegend()}. Whether a large one is the backward pass or the step is
        read from the curve.
      </p>
    </>
  );
}
