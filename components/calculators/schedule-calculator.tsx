"use client";

import { learningRateAt, scheduleCurve, type Schedule, type ScheduleKind } from "@/lib/calculators";
import { CalculatorFrame, Stat, Stats } from "./calculator-frame";
import { CALCULATOR_DEFAULTS, type PropsOf, type StateOf } from "./defaults";
import { FormProblem, SelectField, TextField } from "./fields";
import { show } from "./format";
import { LinePlot } from "./line-plot";
import { attempt, parseInteger, parseNumber } from "./parse";
import { Tex } from "./tex";
import { initialState, useCalculatorState } from "./use-calculator-state";

const KINDS = [
  { value: "warmup_cosine", label: "Warmup, then cosine" },
  { value: "warmup_linear", label: "Warmup, then linear" },
  { value: "step", label: "Step decay" },
  { value: "linear", label: "Linear decay" },
  { value: "constant", label: "Constant" },
];
const OWNERS = {
  schedule: "kind",
  lr: "lr",
  totalSteps: "total",
  warmupSteps: "warmup",
  minLr: "minlr",
  stepSize: "stepsize",
  gamma: "gamma",
  step: "at",
};

function schedule(s: StateOf<"schedule">): { schedule: Schedule; total: number } {
  const kind = s.kind as ScheduleKind;
  const lr = parseNumber(s.lr, "lr");
  const total = parseInteger(s.total, "totalSteps");
  if (kind === "step")
    return {
      schedule: { kind, lr, stepSize: parseInteger(s.stepsize, "stepSize"), gamma: parseNumber(s.gamma, "gamma") },
      total,
    };
  if (kind === "linear")
    return { schedule: { kind, lr, totalSteps: total, minLr: parseNumber(s.minlr, "minLr") }, total };
  if (kind === "warmup_cosine" || kind === "warmup_linear") {
    const warmupSteps = parseInteger(s.warmup, "warmupSteps");
    return { schedule: { kind, lr, totalSteps: total, warmupSteps, minLr: parseNumber(s.minlr, "minLr") }, total };
  }
  return { schedule: { kind, lr } as Schedule, total };
}

function compute(s: StateOf<"schedule">) {
  const { schedule: sch, total } = schedule(s);
  const at = learningRateAt(sch, parseInteger(s.at, "step"));
  const curve = scheduleCurve(sch, { totalSteps: total, points: 241 });
  return { at, curve };
}

/** A learning-rate schedule over the whole run, and the rate at any step. */
export function ScheduleCalculator({ syncUrl = false, ...props }: PropsOf<"schedule">) {
  const [s, set] = useCalculatorState(initialState(CALCULATOR_DEFAULTS.schedule, props), syncUrl);
  const r = attempt(() => compute(s), OWNERS);
  const problem = r.ok ? null : r.problem;
  const text = (name: keyof typeof s, label: string, hint?: string) => (
    <TextField name={name} label={label} hint={hint} value={s[name]} onChange={(v) => set(name, v)} problem={problem} />
  );
  const warm = s.kind === "warmup_cosine" || s.kind === "warmup_linear";
  return (
    <CalculatorFrame
      title="Learning-rate schedule"
      slug="schedule"
      standalone={syncUrl}
      state={s}
      set={set}
      inputs={
        <>
          <SelectField
            name="kind"
            label="Schedule"
            value={s.kind}
            options={KINDS}
            onChange={(v) => set("kind", v)}
            problem={problem}
          />
          {text("lr", "Peak learning rate η")}
          {text("total", "Total steps T")}
          {warm ? text("warmup", "Warmup steps W") : null}
          {s.kind !== "step" && s.kind !== "constant" ? text("minlr", "Final rate η_min") : null}
          {s.kind === "step" ? text("stepsize", "Decay every s steps") : null}
          {s.kind === "step" ? text("gamma", "Decay factor γ") : null}
          {text("at", "Rate at step t")}
        </>
      }
    >
      <FormProblem problem={problem} />
      {r.ok ? (
        <>
          <Stats>
            <Stat label={`η at step ${r.value.at.step}`} value={show(r.value.at.lr, 4)} />
            <Stat label="Phase" value={r.value.at.phase} />
            <Stat label="Range over the run" value={`${show(r.value.curve.min, 3)} … ${show(r.value.curve.max, 3)}`} />
          </Stats>
          <Tex display tex={r.value.at.formula} />
          <LinePlot
            title={`Learning rate over ${r.value.curve.totalSteps} steps, marked at step ${r.value.at.step}`}
            xLabel="step"
            yLabel="learning rate"
            yInclude={[0]}
            series={[
              {
                label: "η_t",
                points: r.value.curve.points.map((p) => [p.step, p.lr]),
                className: "stroke-brand-600 dark:stroke-brand-100",
              },
            ]}
            marker={
              r.value.at.step <= r.value.curve.totalSteps
                ? { x: r.value.at.step, y: r.value.at.lr, label: `t = ${r.value.at.step}` }
                : undefined
            }
          />
        </>
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Fix the input to see the result.</p>
      )}
    </CalculatorFrame>
  );
}
