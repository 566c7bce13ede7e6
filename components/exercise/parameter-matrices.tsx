import katex from "katex";
import type { TwoLayerSpec } from "@/lib/engine";
import { texMatrix } from "@/lib/exercises/solution-tex";

/** This seed's weights and biases as TeX, one per parameter, in the shapes the equations use (W1 is inputs × hidden). */
export function parameterTex(spec: TwoLayerSpec): string[] {
  return [
    `W_1 = ${texMatrix(spec.W1)}`,
    `b_1 = ${texMatrix(spec.b1)}`,
    `W_2 = ${texMatrix(spec.W2)}`,
    `b_2 = ${texMatrix(spec.b2)}`,
  ];
}

/**
 * The parameters as matrices under the diagram. On wider networks (3-4-2) the edge labels of crossing edges land on
 * top of each other, so the picture alone did not let a learner read every weight before answering.
 */
export function ParameterMatrices({ spec }: { spec: TwoLayerSpec }) {
  return (
    <section aria-labelledby="parameters-heading" className="space-y-1">
      <h3
        id="parameters-heading"
        className="text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400"
      >
        Weights and biases
      </h3>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        W₁[i][j] joins input xi to hidden unit hj; W₂[j][k] joins hj to output ok.
      </p>
      {/* One matrix per box, wrapping on narrow screens rather than running off the edge. */}
      <div className="prose-card flex flex-wrap items-center gap-x-8 overflow-x-auto">
        {parameterTex(spec).map((tex) => (
          <div
            key={tex.slice(0, 3)}
            dangerouslySetInnerHTML={{
              __html: katex.renderToString(tex, { throwOnError: true, output: "htmlAndMathml" }),
            }}
          />
        ))}
      </div>
    </section>
  );
}
