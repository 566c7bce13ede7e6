"use client";

import { activationAt, activationCurve, slopeProduct, type ActivationKind } from "@/lib/calculators";
import { CalculatorFrame, Stat, Stats } from "./calculator-frame";
import { CALCULATOR_DEFAULTS, type PropsOf, type StateOf } from "./defaults";
import { FormProblem, SelectField, TextField } from "./fields";
import { show } from "./format";
import { LinePlot } from "./line-plot";
import { attempt, parseInteger, parseNumber } from "./parse";
import { Tex } from "./tex";
import { initialState, useCalculatorState } from "./use-calculator-state";

const DEFAULTS = CALCULATOR_DEFAULTS.activation;
type State = StateOf<"activation">;

const FUNCTIONS = [
  { value: "sigmoid", label: "sigmoid σ" },
  { value: "tanh", label: "tanh" },
  { value: "relu", label: "ReLU" },
  { value: "leaky_relu", label: "leaky ReLU" },
];
const OWNERS = { activation: "fn", x: "x", layers: "layers", alpha: "alpha" };

function compute(s: State) {
  const kind = s.fn as ActivationKind;
  const x = parseNumber(s.x, "x");
  const layers = parseInteger(s.layers, "layers");
  const alpha = s.fn === "leaky_relu" ? parseNumber(s.alpha, "alpha") : undefined;
  const point = activationAt(kind, x, { alpha });
  const product = slopeProduct(kind, x, { alpha, layers });
  // Widen the plotted range so the point is always on the curve shown.
  const reach = Math.max(6, Math.ceil(Math.abs(x) + 1));
  const curve = activationCurve(kind, { alpha, from: -reach, to: reach });
  return { point, product, curve };
}

/** Value and slope of an activation at x, its curve, and what L such slopes do to a gradient. */
export function ActivationCalculator({ syncUrl = false, ...props }: PropsOf<"activation">) {
  const [s, set] = useCalculatorState(initialState(DEFAULTS, props), syncUrl);
  const r = attempt(() => compute(s), OWNERS);
  const problem = r.ok ? null : r.problem;
  const field = { problem };
  return (
    <CalculatorFrame
      title="Activation and slope"
      slug="activation"
      standalone={syncUrl}
      state={s}
      set={set}
      inputs={
        <>
          <SelectField
            name="fn"
            label="Activation"
            value={s.fn}
            options={FUNCTIONS}
            onChange={(v) => set("fn", v)}
            {...field}
          />
          <TextField name="x" label="x (pre-activation)" value={s.x} onChange={(v) => set("x", v)} {...field} />
          <TextField name="layers" label="Layers L" value={s.layers} onChange={(v) => set("layers", v)} {...field} />
          {s.fn === "leaky_relu" ? (
            <TextField
              name="alpha"
              label="Negative slope α"
              value={s.alpha}
              onChange={(v) => set("alpha", v)}
              {...field}
            />
          ) : null}
        </>
      }
    >
      <FormProblem problem={problem} />
      {r.ok ? (
        <ActivationResult {...r.value} />
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Fix the input to see the result.</p>
      )}
    </CalculatorFrame>
  );
}

function ActivationResult({ point, product, curve }: ReturnType<typeof compute>) {
  const L = product.slopes.length;
  return (
    <>
      <Stats>
        <Stat label="f(x)" value={show(point.value, 6)} />
        <Stat label="f′(x)" value={show(point.derivative, 4)} />
        <Stat label={`Product of ${L} slopes`} value={show(product.product, 3)} />
      </Stats>
      <Tex display tex={point.formula.value} />
      <Tex display tex={point.formula.derivative} />
      <LinePlot
        title={`${point.activation} and its derivative, with the point x = ${show(point.x)}`}
        xLabel="x"
        yLabel="value"
        series={[
          {
            label: "f(x)",
            points: curve.points.map((p) => [p.x, p.value]),
            className: "stroke-brand-600 dark:stroke-brand-100",
          },
          {
            label: "f′(x)",
            points: curve.points.map((p) => [p.x, p.derivative]),
            className: "stroke-emerald-600",
            dash: "6 4",
          },
        ]}
        marker={{ x: point.x, y: point.value, label: `(${show(point.x)}, ${show(point.value, 3)})` }}
      />
      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Through {L} layers</h4>
        <Tex display tex={product.formula} />
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {product.log10Product === null ? (
            "A slope of exactly 0 stops the gradient dead: nothing flows back to the layers below."
          ) : product.log10Product < -3 ? (
            <>
              The activations alone shrink the gradient by a factor of about 10
              <sup>{show(product.log10Product, 3)}</sup>: the early layers barely learn (a vanishing gradient).
            </>
          ) : product.log10Product > 3 ? (
            <>
              The activations alone grow the gradient by a factor of about 10<sup>{show(product.log10Product, 3)}</sup>{" "}
              (an exploding gradient).
            </>
          ) : (
            "The gradient keeps a usable size through these layers."
          )}
        </p>
      </div>
    </>
  );
}
