import { ACCEPTABLE_REL_ERROR, type CurvePoint, type EpsDiagnosis } from "@/lib/calculators";
import { show } from "./format";
import { LinePlot } from "./line-plot";
import type { PlotRegion } from "./line-plot-regions";

/**
 * A relative error of exactly 0 has no place on a log axis; it means agreement beyond float64's
 * resolution, so it is drawn at that resolution rather than dropped from the curve.
 */
const FLOOR = 1e-16;

/** The error curve over ε on log axes: the round-off and truncation regions named, the chosen ε marked. */
export function GradientCheckCurve({ curve, diagnosis }: { curve: readonly CurvePoint[]; diagnosis: EpsDiagnosis }) {
  const { roundOff, truncation, goodRange, chosen, best } = diagnosis;
  const regions: PlotRegion[] = [
    ...(roundOff ? [{ ...roundOff, label: "round-off", className: "fill-amber-500/15" }] : []),
    ...(goodRange ? [{ ...goodRange, label: "good ε", className: "fill-emerald-500/15" }] : []),
    ...(truncation ? [{ ...truncation, label: "truncation", className: "fill-sky-500/15" }] : []),
  ];
  return (
    <div className="space-y-1" data-testid="eps-curve">
      <LinePlot
        title={`Largest relative error against ε, from ${show(curve[0]?.eps)} to ${show(curve.at(-1)?.eps)}; the chosen ε = ${show(chosen.eps)} gives ${show(chosen.relError, 2)}, the best ε = ${show(best.eps)} gives ${show(best.relError, 2)}`}
        xLabel="ε"
        yLabel="max rel. error"
        logX
        logY
        regions={regions}
        series={[
          {
            label: "largest relative error over all entries",
            className: "stroke-sky-700 dark:stroke-sky-300",
            points: curve.map((p) => [p.eps, Math.max(FLOOR, p.relError)] as const),
          },
        ]}
        marker={{ x: chosen.eps, y: Math.max(FLOOR, chosen.relError), label: `chosen ε = ${show(chosen.eps)}` }}
      />
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {goodRange ? (
          <>
            {roundOff ? `Round-off dominates for ε up to ${show(roundOff.to)} (the error falls as ε grows). ` : ""}
            {`Good ε: ${show(goodRange.from)} to ${show(goodRange.to)}, best ${show(best.eps)}. `}
            {truncation ? `Truncation dominates from ${show(truncation.from)} up (the error grows like ε²).` : ""}
          </>
        ) : (
          `No ε brings the error below ${show(ACCEPTABLE_REL_ERROR)}: the curve has no good range.`
        )}
      </p>
    </div>
  );
}
