import { downsampleMinMax } from "@/lib/playground/downsample";
import type { LossPoint } from "@/lib/playground/trainer";

const W = 320;
const H = 140;
const PAD = 28;
/**
 * One bucket per two pixel columns of the 286-unit-wide plot: each keeps its lowest and highest loss, so spikes
 * and dips stay visible at any run length while the path stays under 300 segments.
 */
export const CHART_BUCKETS = 144;

function path(points: LossPoint[], key: "train" | "test", maxEpoch: number, maxLoss: number): string {
  const finite = points.filter((p) => Number.isFinite(p[key]));
  return downsampleMinMax(finite, CHART_BUCKETS, (p) => p.epoch, [(p) => p[key]])
    .map((p, i) => {
      const x = PAD + (p.epoch / Math.max(1, maxEpoch)) * (W - PAD - 6);
      const y = H - PAD + 6 - (Math.min(p[key], maxLoss) / maxLoss) * (H - PAD - 6);
      return `${i === 0 ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(" ");
}

/** Train (solid) and test (dashed) loss against epochs; the dash tells them apart without colour. */
export function LossChart({ history }: { history: LossPoint[] }) {
  const last = history[history.length - 1];
  const maxEpoch = last?.epoch ?? 1;
  const finite = history.flatMap((p) => [p.train, p.test]).filter(Number.isFinite);
  const maxLoss = Math.max(1e-6, Math.min(10, Math.max(...finite, 0)));
  return (
    <figure className="flex flex-col gap-1">
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full max-w-[320px] font-mono" role="img" aria-labelledby="loss-title">
        <title id="loss-title">
          {`Loss over ${maxEpoch} epochs: train ${last ? last.train.toFixed(4) : "–"}, test ${last ? last.test.toFixed(4) : "–"}`}
        </title>
        <line x1={PAD} y1={6} x2={PAD} y2={H - PAD + 6} className="stroke-zinc-400" />
        <line x1={PAD} y1={H - PAD + 6} x2={W - 6} y2={H - PAD + 6} className="stroke-zinc-400" />
        <text x={PAD - 4} y={12} textAnchor="end" className="fill-zinc-500 dark:fill-zinc-400 text-[9px]">
          {maxLoss.toPrecision(2)}
        </text>
        <text x={PAD - 4} y={H - PAD + 6} textAnchor="end" className="fill-zinc-500 dark:fill-zinc-400 text-[9px]">
          0
        </text>
        <text x={W - 6} y={H - 8} textAnchor="end" className="fill-zinc-500 dark:fill-zinc-400 text-[9px]">
          epoch {maxEpoch}
        </text>
        <path
          d={path(history, "train", maxEpoch, maxLoss)}
          fill="none"
          strokeWidth={2}
          className="stroke-sky-600 dark:stroke-sky-400"
        />
        <path
          d={path(history, "test", maxEpoch, maxLoss)}
          fill="none"
          strokeWidth={2}
          strokeDasharray="5 3"
          className="stroke-orange-500"
        />
      </svg>
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
        Solid line: train loss. Dashed line: test loss.
      </figcaption>
    </figure>
  );
}
