"use client";

import { crossEntropy, fmt } from "@/lib/calculators";
import { CalculatorFrame, Stat, Stats } from "./calculator-frame";
import { CALCULATOR_DEFAULTS, type PropsOf } from "./defaults";
import { FormProblem, TextField } from "./fields";
import { show } from "./format";
import { attempt, parseInteger, parseList } from "./parse";
import { SoftmaxTable } from "./softmax-table";
import { Tex } from "./tex";
import { initialState, useCalculatorState } from "./use-calculator-state";

const OWNERS = { logits: "logits", target: "target" };

/** Logits → probabilities, cross-entropy for a target class, the gradient p − y, and why the max is subtracted. */
export function SoftmaxCalculator({ syncUrl = false, ...props }: PropsOf<"softmax">) {
  const [s, set] = useCalculatorState(initialState(CALCULATOR_DEFAULTS.softmax, props), syncUrl);
  const r = attempt(() => crossEntropy(parseList(s.logits, "logits"), parseInteger(s.target, "target")), OWNERS);
  const problem = r.ok ? null : r.problem;
  return (
    <CalculatorFrame
      title="Softmax and cross-entropy"
      slug="softmax"
      standalone={syncUrl}
      state={s}
      set={set}
      inputs={
        <>
          <TextField
            name="logits"
            label="Logits z"
            hint="Comma-separated, one per class."
            value={s.logits}
            onChange={(v) => set("logits", v)}
            problem={problem}
          />
          <TextField
            name="target"
            label="Target class (from 0)"
            value={s.target}
            onChange={(v) => set("target", v)}
            problem={problem}
          />
        </>
      }
    >
      <FormProblem problem={problem} />
      {r.ok ? (
        <SoftmaxResult ce={r.value} />
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Fix the input to see the result.</p>
      )}
    </CalculatorFrame>
  );
}

function SoftmaxResult({ ce }: { ce: ReturnType<typeof crossEntropy> }) {
  const sm = ce.softmax;
  const c = ce.targetClass ?? 0;
  return (
    <>
      <Stats>
        <Stat label="Loss L" value={show(ce.loss, 6)} />
        <Stat label={`p of class ${c}`} value={show(sm.probabilities[c], 4)} />
        <Stat label="logsumexp(z)" value={show(sm.logSumExp, 6)} />
      </Stats>
      <SoftmaxTable ce={ce} />
      <Tex display tex={sm.formula} />
      <Tex display tex={ce.formula.loss} />
      <Tex display tex={ce.formula.gradient} />
      <div className="space-y-2 rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
        <h4 className="font-semibold">Why subtract the max?</h4>
        <p>
          Softmax does not change when every logit moves by the same amount, so we compute <Tex tex={`e^{z_i - m}`} />{" "}
          with <Tex tex={`m = ${show(sm.max)}`} />: every exponent is ≤ 0, every term ≤ 1, and the sum lies between 1
          and the number of classes.
        </p>
        <NaiveNote naive={sm.naive} />
      </div>
    </>
  );
}

function NaiveNote({ naive }: { naive: ReturnType<typeof crossEntropy>["softmax"]["naive"] }) {
  const exps = naive.exps.map((e) => (e === null ? "\\infty" : fmt(e))).join(",\\ ");
  if (naive.overflow) {
    return (
      <p data-naive="overflow">
        <strong>Naive version overflows:</strong> <Tex tex={`e^{z} = [${exps}]`} />, so the sum is ∞ and{" "}
        <Tex tex="\infty / \infty" /> gives NaN. The shifted version above is fine.
      </p>
    );
  }
  if (naive.underflow) {
    return (
      <p data-naive="underflow">
        <strong>Naive version underflows:</strong> every <Tex tex="e^{z_i}" /> rounds to 0, and <Tex tex="0 / 0" />{" "}
        gives NaN. The shifted version above is fine.
      </p>
    );
  }
  return (
    <p data-naive="ok">
      Here the naive <Tex tex="e^{z_i} / \sum_j e^{z_j}" /> {naive.agrees ? "gives the same answer" : "loses precision"}
      ; try logits like <code>1000, 0, -1000</code> to watch it overflow.
    </p>
  );
}
