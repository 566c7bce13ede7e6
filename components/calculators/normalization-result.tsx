import type { BatchNormResult, NormResult } from "@/lib/calculators";
import { show } from "./format";
import { MatrixView } from "./matrix-view";
import { Tex } from "./tex";

const list = (v: readonly number[]) => v.map((x) => show(x)).join(", ");

export function NormalizationResult({ result: r }: { result: NormResult | BatchNormResult }) {
  const name = r.kind === "batch" ? "BatchNorm" : "LayerNorm";
  const bn = "mode" in r ? r : null;
  return (
    <>
      <p className="text-sm" data-axis={r.axis}>
        <strong>{name}</strong> normalizes <strong>{r.axisLabel}</strong>
        {bn
          ? bn.mode === "train"
            ? ", using this batch's statistics."
            : ", using the running averages, not this batch."
          : "; the same in training and inference."}
      </p>
      <MatrixView
        name="input"
        caption={`Input x, with ${r.statistics === "running" ? "the running" : "its"} μ and σ² ${r.axis === 0 ? "per column" : "per row"}`}
        matrix={r.input}
        axis={r.axis}
        stats={[
          { label: "μ", values: r.mean },
          { label: "σ²", values: r.variance },
        ]}
      />
      <MatrixView name="normalized" caption="Normalized x̂ = (x − μ) / √(σ² + ε)" matrix={r.normalized} axis={r.axis} />
      <MatrixView name="output" caption="Output y = γ ⊙ x̂ + β" matrix={r.output} axis={r.axis} />
      <Tex display tex={r.formula} />
      {bn && bn.mode === "train" && bn.unbiasedVariance ? (
        <div className="space-y-1 text-sm">
          <h4 className="font-semibold">Running averages (momentum {show(bn.momentum)})</h4>
          <p>
            Mean: [{list(bn.runningBefore.mean)}] → <span data-running-mean="">[{list(bn.runningAfter.mean)}]</span>
          </p>
          <p>
            Variance (fed the unbiased batch variance [{list(bn.unbiasedVariance)}]): [{list(bn.runningBefore.variance)}
            ] → [{list(bn.runningAfter.variance)}]
          </p>
          <Tex
            display
            tex={`\\hat\\mu \\leftarrow (1 - ${show(bn.momentum)})\\,\\hat\\mu + ${show(bn.momentum)}\\,\\mu_{\\text{batch}}`}
          />
          <p className="text-zinc-600 dark:text-zinc-400">
            Switch the mode to inference to normalize with these instead of the batch.
          </p>
        </div>
      ) : null}
    </>
  );
}
