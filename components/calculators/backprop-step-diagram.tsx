import type { QuantityKey } from "@/lib/engine";

type Part = "input" | "hidden" | "output" | "loss" | "W1" | "W2";

/** What each step lights: forward steps the layer being computed, backward steps where the gradient lands. */
const LIT: Record<QuantityKey, { parts: readonly Part[]; says: string }> = {
  z1: { parts: ["input", "W1", "hidden"], says: "input→hidden weights into the hidden pre-activations z₁" },
  a1: { parts: ["hidden"], says: "the hidden units' activations a₁" },
  z2: { parts: ["hidden", "W2", "output"], says: "hidden→output weights into the output pre-activations z₂" },
  a2: { parts: ["output"], says: "the output units a₂" },
  loss: { parts: ["output", "loss"], says: "the outputs against the targets: the loss L" },
  dz2: { parts: ["loss", "output"], says: "the gradient at the outputs, δ₂" },
  dW2: { parts: ["W2"], says: "the hidden→output weights' gradient dW₂" },
  db2: { parts: ["output"], says: "the output biases' gradient db₂" },
  da1: { parts: ["W2", "hidden"], says: "the gradient flowing back into the hidden activations, da₁" },
  dz1: { parts: ["hidden"], says: "the gradient at the hidden pre-activations, δ₁" },
  dW1: { parts: ["W1"], says: "the input→hidden weights' gradient dW₁" },
  db1: { parts: ["hidden"], says: "the hidden biases' gradient db₁" },
  dx: { parts: ["input"], says: "the gradient reaching the inputs, dx" },
};

const W = 320;
const H = 170;
const COLUMN_X = { input: 40, hidden: 140, output: 240, loss: 300 } as const;
const ys = (count: number) => Array.from({ length: count }, (_, i) => ((i + 1) * H) / (count + 1));

/** A small picture of the network, lit where the current step works (thicker outline and a dash, not colour alone). */
export function BackpropStepDiagram({
  dIn,
  h,
  dOut,
  step,
}: {
  dIn: number;
  h: number;
  dOut: number;
  step: QuantityKey | null;
}) {
  const lit = new Set<Part>(step ? LIT[step].parts : []);
  const layer = { input: ys(dIn), hidden: ys(h), output: ys(dOut) };
  const backward = step?.startsWith("d") ?? false;
  const edge = (part: "W1" | "W2", from: number[], fx: number, to: number[], tx: number) =>
    from.flatMap((y1, i) =>
      to.map((y2, j) => (
        <line
          key={`${part}-${i}-${j}`}
          x1={fx}
          y1={y1}
          x2={tx}
          y2={y2}
          data-edge={part}
          data-lit={lit.has(part) || undefined}
          strokeWidth={lit.has(part) ? 3 : 1}
          strokeDasharray={lit.has(part) && backward ? "6 3" : undefined}
          className={lit.has(part) ? "stroke-brand-600 dark:stroke-brand-100" : "stroke-zinc-300 dark:stroke-zinc-700"}
        />
      )),
    );
  const nodes = (part: "input" | "hidden" | "output", label: string) =>
    layer[part].map((y, i) => (
      <g key={`${part}-${i}`} data-node={part} data-lit={lit.has(part) || undefined}>
        <circle
          cx={COLUMN_X[part]}
          cy={y}
          r={13}
          strokeWidth={lit.has(part) ? 4 : 1.5}
          className={
            lit.has(part)
              ? "fill-brand-50 stroke-brand-600 dark:fill-zinc-800 dark:stroke-brand-100"
              : "fill-white stroke-zinc-400 dark:fill-zinc-900"
          }
        />
        <text x={COLUMN_X[part]} y={y + 4} textAnchor="middle" className="fill-current text-[10px]">
          {/* From 0, as the engine's messages (W2 row 0), the exercise figures and the asks (W1[i][j]: xi to hj) count. */}
          {`${label}${i}`}
        </text>
      </g>
    ));
  const says = step ? `Lit: ${LIT[step].says}.` : "Nothing computed yet.";
  return (
    <figure className="space-y-1">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Network diagram. ${says}`}
        className="h-auto w-full max-w-sm"
      >
        {edge("W1", layer.input, COLUMN_X.input, layer.hidden, COLUMN_X.hidden)}
        {edge("W2", layer.hidden, COLUMN_X.hidden, layer.output, COLUMN_X.output)}
        {layer.output.map((y, i) => (
          <line
            key={`l-${i}`}
            x1={COLUMN_X.output}
            y1={y}
            x2={COLUMN_X.loss}
            y2={H / 2}
            className="stroke-zinc-300 dark:stroke-zinc-700"
          />
        ))}
        {nodes("input", "x")}
        {nodes("hidden", "h")}
        {nodes("output", "o")}
        <g data-node="loss" data-lit={lit.has("loss") || undefined}>
          <rect
            x={COLUMN_X.loss - 12}
            y={H / 2 - 12}
            width={24}
            height={24}
            strokeWidth={lit.has("loss") ? 4 : 1.5}
            className={
              lit.has("loss")
                ? "fill-brand-50 stroke-brand-600 dark:fill-zinc-800"
                : "fill-white stroke-zinc-400 dark:fill-zinc-900"
            }
          />
          <text x={COLUMN_X.loss} y={H / 2 + 4} textAnchor="middle" className="fill-current text-[10px]">
            L
          </text>
        </g>
      </svg>
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400" data-diagram-caption="">
        {says} {backward ? "Dashed: a gradient flows back here." : null}
      </figcaption>
    </figure>
  );
}
