"use client";

import { useState, type KeyboardEvent } from "react";
import { EngineInputError, generateInstance, type Activation, type Loss } from "@/lib/engine";
import { BackpropStepInputs } from "./backprop-step-inputs";
import {
  clampStep,
  computeBackprop,
  MAX_SIZE,
  OWNERS,
  parseSize,
  resizeListText,
  resizeMatrixText,
  STEP_COUNT,
  type BackpropState,
} from "./backprop-step-math";
import { BackpropStepView } from "./backprop-step-view";
import { CalculatorFrame } from "./calculator-frame";
import { CALCULATOR_DEFAULTS, type PropsOf } from "./defaults";
import { FormProblem } from "./fields";
import { attempt, parseInteger, type InputProblem } from "./parse";
import { initialState, useCalculatorState } from "./use-calculator-state";
import { useHydrated } from "@/components/use-hydrated";

const SIZE_KEYS = ["din", "h", "dout", "n"] as const;
const showMatrix = (m: number[][]) => m.map((r) => r.join(", ")).join("; ");

/** Which texts a size change reshapes, so the network stays consistent while sizes change. */
function resized(s: BackpropState, key: (typeof SIZE_KEYS)[number], value: string): Partial<BackpropState> {
  const next = { ...s, [key]: value };
  const [dIn, h, dOut, n] = SIZE_KEYS.map((k) => Math.min(MAX_SIZE, Math.max(1, Number(next[k]) || 1))) as [
    number,
    number,
    number,
    number,
  ];
  if (key === "din") return { x: resizeMatrixText(s.x, n, dIn), W1: resizeMatrixText(s.W1, dIn, h) };
  if (key === "h")
    return { W1: resizeMatrixText(s.W1, dIn, h), b1: resizeListText(s.b1, h), W2: resizeMatrixText(s.W2, h, dOut) };
  if (key === "dout")
    return { W2: resizeMatrixText(s.W2, h, dOut), b2: resizeListText(s.b2, dOut), y: resizeMatrixText(s.y, n, dOut) };
  return { x: resizeMatrixText(s.x, n, dIn), y: resizeMatrixText(s.y, n, dOut) };
}

/** A two-layer network's forward and backward pass, one of the engine's 13 trace steps at a time. */
export function BackpropStepCalculator({ syncUrl = false, ...props }: PropsOf<"backprop-step">) {
  const [s, set, update] = useCalculatorState(initialState(CALCULATOR_DEFAULTS["backprop-step"], props), syncUrl);
  const [drawProblem, setDrawProblem] = useState<InputProblem | null>(null);
  // The step buttons work only once the page is interactive; until then they stay disabled, not dead.
  const hydrated = useHydrated();
  const r = attempt(() => computeBackprop(s), OWNERS);
  const problem = drawProblem ?? (r.ok ? null : r.problem);
  const step = clampStep(s.step);
  const go = (to: number) => set("step", String(Math.min(STEP_COUNT, Math.max(0, to))));
  const edit = (key: keyof BackpropState, value: string) => {
    setDrawProblem(null);
    set(key, value);
  };
  const patch = (values: Partial<BackpropState>) => {
    for (const [k, v] of Object.entries(values) as [keyof BackpropState, string][]) set(k, v);
  };
  const resize = (key: (typeof SIZE_KEYS)[number], value: string) => {
    setDrawProblem(null);
    // From the latest state, not this render's: two sizes taken in together on mount (changed before hydration)
    // would otherwise each reshape the texts from the sizes before either.
    update((latest) => ({ [key]: value, ...resized(latest, key, value) }));
  };
  const setLoss = (value: string) => {
    setDrawProblem(null);
    // The engine fuses sigmoid into bce and softmax into softmax_ce: pick the output they need.
    patch({
      loss: value,
      ...(value === "bce" ? { output: "sigmoid" } : value === "softmax_ce" ? { output: "identity" } : {}),
    });
  };

  const draw = (seedText: string) => {
    const d = attempt(
      () => {
        const seed = parseInteger(seedText, "seed");
        if (seed < 0 || seed > 2 ** 31 - 1)
          throw new EngineInputError("seed", "seed must be a whole number from 0 to 2147483647");
        const [dIn, h, dOut, n] = SIZE_KEYS.map((k) => parseSize(s[k], k)) as [number, number, number, number];
        const params = {
          dIn,
          h,
          dOut,
          n,
          hidden: s.hidden as Activation,
          output: s.output as Activation,
          loss: s.loss as Loss,
        };
        return generateInstance(params, seed);
      },
      { ...OWNERS, seed: "seed" },
    );
    if (!d.ok) {
      setDrawProblem(d.problem);
      return;
    }
    setDrawProblem(null);
    const spec = d.value;
    patch({ seed: seedText.trim(), x: showMatrix(spec.x), y: showMatrix(spec.y), W1: showMatrix(spec.W1) });
    patch({ b1: spec.b1.join(", "), W2: showMatrix(spec.W2), b2: spec.b2.join(", "), step: "0" });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (!r.ok || e.altKey || e.ctrlKey || e.metaKey || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
    if (e.key === "ArrowRight") go(step + 1);
    else if (e.key === "ArrowLeft") go(step - 1);
    else return;
    e.preventDefault();
  };

  return (
    // Arrow keys anywhere on the calculator except inside a field (where they move the caret) step through.
    <div onKeyDown={onKeyDown}>
      <CalculatorFrame
        title="Backprop step-through"
        slug="backprop-step"
        standalone={syncUrl}
        state={s}
        set={(key, value) =>
          (SIZE_KEYS as readonly string[]).includes(key)
            ? resize(key as (typeof SIZE_KEYS)[number], value)
            : key === "loss"
              ? setLoss(value)
              : edit(key, value)
        }
        inputs={<BackpropStepInputs s={s} set={edit} resize={resize} setLoss={setLoss} draw={draw} problem={problem} />}
      >
        <FormProblem problem={problem} />
        {r.ok ? (
          <BackpropStepView spec={r.value.spec} result={r.value.result} step={step} go={go} live={hydrated} />
        ) : (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">Fix the input to see the steps.</p>
        )}
      </CalculatorFrame>
    </div>
  );
}
