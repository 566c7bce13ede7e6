import { Button } from "@/components/ui/button";
import { QUANTITY_ORDER, type BackpropResult, type QuantityKey, type TwoLayerSpec } from "@/lib/engine";
import { BackpropStepDiagram } from "./backprop-step-diagram";
import { STEP_COUNT } from "./backprop-step-math";
import { STEP_SYMBOL, substitutedSteps, texMatrix } from "./backprop-step-tex";
import { Tex } from "./tex";

/** One pseudocode line per trace step, in the engine's order. */
const PSEUDOCODE: Record<QuantityKey, string> = {
  z1: "z1 ← x · W1 + b1",
  a1: "a1 ← hidden(z1)",
  z2: "z2 ← a1 · W2 + b2",
  a2: "a2 ← output(z2)",
  loss: "L ← loss(a2, y)",
  dz2: "δ2 ← ∂L/∂z2",
  dW2: "dW2 ← a1ᵀ · δ2",
  db2: "db2 ← Σ rows of δ2",
  da1: "da1 ← δ2 · W2ᵀ",
  dz1: "δ1 ← da1 ⊙ hidden′(z1)",
  dW1: "dW1 ← xᵀ · δ1",
  db1: "db1 ← Σ rows of δ1",
  dx: "dx ← δ1 · W1ᵀ",
};

export const STEP_NAME: Record<QuantityKey, string> = {
  z1: "hidden pre-activation z1",
  a1: "hidden activation a1",
  z2: "output pre-activation z2",
  a2: "output a2",
  loss: "loss L",
  dz2: "output gradient δ2",
  dW2: "weight gradient dW2",
  db2: "bias gradient db2",
  da1: "hidden activation gradient da1",
  dz1: "hidden gradient δ1",
  dW1: "weight gradient dW1",
  db1: "bias gradient db1",
  dx: "input gradient dx",
};

interface Props {
  spec: TwoLayerSpec;
  result: BackpropResult;
  step: number;
  go: (step: number) => void;
  /** False until hydrated: the buttons do nothing before that. */
  live: boolean;
}

/** The current step with its numbers, the buttons, the pseudocode, the diagram and every step done so far. */
export function BackpropStepView({ spec, result, step, go, live }: Props) {
  const key = step > 0 ? (QUANTITY_ORDER[step - 1] ?? null) : null;
  const tex = substitutedSteps(spec, result);
  const done = QUANTITY_ORDER.slice(0, step);
  return (
    <>
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Step through">
        <Button type="button" variant="secondary" size="sm" onClick={() => go(step - 1)} disabled={!live || step === 0}>
          ← Prev
        </Button>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => go(step + 1)}
          disabled={!live || step === STEP_COUNT}
        >
          Next →
        </Button>
        <Button type="button" variant="secondary" size="sm" onClick={() => go(0)} disabled={!live || step === 0}>
          Reset
        </Button>
        <span className="text-sm text-zinc-600 dark:text-zinc-400">Keys ← → step too.</span>
      </div>
      <div
        aria-live="polite"
        className="space-y-2 rounded-lg bg-zinc-50 p-3 dark:bg-zinc-900"
        data-current-step={key ?? "start"}
      >
        <h4 className="font-semibold" data-step-name="">
          {key
            ? `Step ${step} of ${STEP_COUNT} (${step <= 5 ? "forward" : "backward"}): ${STEP_NAME[key]}`
            : `Step 0 of ${STEP_COUNT}: press Next to start the forward pass`}
        </h4>
        {key ? (
          <>
            <Tex display tex={tex[key]} />
            <div className="text-sm" data-step-value={texMatrix(result[key])}>
              Value: <Tex tex={`${STEP_SYMBOL[key]} = ${texMatrix(result[key])}`} />
            </div>
          </>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h4 className="mb-1 text-sm font-semibold">Pseudocode</h4>
          <ol className="space-y-0.5 font-mono text-sm" aria-label="Forward and backward pass">
            {QUANTITY_ORDER.map((k, i) => {
              const current = k === key;
              return (
                <li
                  key={k}
                  data-line={k}
                  aria-current={current ? "step" : undefined}
                  className={`flex gap-2 rounded px-1 ${current ? "bg-brand-50 font-bold dark:bg-zinc-800" : ""} ${i === 5 ? "mt-2 border-t border-zinc-200 pt-2 dark:border-zinc-800" : ""}`}
                >
                  <span aria-hidden className="w-3 shrink-0">
                    {current ? "▶" : ""}
                  </span>
                  <span className="w-5 shrink-0 text-right text-zinc-500 dark:text-zinc-400">{i + 1}</span>
                  <span>{PSEUDOCODE[k]}</span>
                </li>
              );
            })}
          </ol>
        </div>
        <BackpropStepDiagram dIn={spec.x[0]?.length ?? 1} h={spec.b1.length} dOut={spec.b2.length} step={key} />
      </div>
      {done.length > 0 ? (
        <div>
          <h4 className="mb-1 text-sm font-semibold">Steps done</h4>
          <ol className="space-y-1 text-sm" data-steps-done="">
            {done.map((k) => (
              <li key={k} data-done={k}>
                <Tex tex={`${STEP_SYMBOL[k]} = ${texMatrix(result[k])}`} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </>
  );
}
