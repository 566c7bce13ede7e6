import { show, svgNum } from "./format";
import { H, PAD, plotScale, W } from "./line-plot-scale";
import { PlotRegions, type PlotRegion } from "./line-plot-regions";

export interface Series {
  label: string;
  points: readonly (readonly [number, number])[];
  /** Tailwind stroke classes; the dash pattern keeps series apart without relying on colour. */
  className: string;
  dash?: string;
}

interface Props {
  title: string;
  series: readonly Series[];
  xLabel: string;
  yLabel: string;
  marker?: { x: number; y: number; label: string };
  /** Plot log₁₀ x or y (non-positive values dropped), for quantities spanning many decades. */
  logX?: boolean;
  logY?: boolean;
  /** Named x ranges drawn as shaded bands behind the lines. */
  regions?: readonly PlotRegion[];
  /** Force the y range to include these values (e.g. 0). */
  yInclude?: readonly number[];
}

/** A small inline SVG line chart with axes, ticks, a legend and an optional marked point. */
export function LinePlot(props: Props) {
  const { title, series, xLabel, yLabel, marker, logX = false, logY = false, yInclude = [], regions = [] } = props;
  const scale = plotScale({ series, marker, logX, logY, yInclude });
  const { tf, tfx, usable, usableX, data, y0, y1, sx, sy, xTicks, yTicks } = scale;
  return (
    <figure className="space-y-1">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="h-auto w-full max-w-xl text-zinc-400">
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="currentColor" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} stroke="currentColor" />
        <PlotRegions regions={regions} scale={scale} />
        {xTicks.map((t) => (
          <text
            key={`x${t}`}
            x={svgNum(sx(t))}
            y={H - PAD.bottom + 14}
            textAnchor="middle"
            className="fill-zinc-500 dark:fill-zinc-400 text-[10px]"
          >
            {logX ? `1e${t}` : show(t, 3)}
          </text>
        ))}
        {yTicks.map((t) => (
          <g key={`y${t}`}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={svgNum(sy(t))}
              y2={svgNum(sy(t))}
              stroke="currentColor"
              strokeOpacity={0.2}
            />
            <text
              x={PAD.left - 4}
              y={svgNum(sy(t) + 3)}
              textAnchor="end"
              className="fill-zinc-500 dark:fill-zinc-400 text-[10px]"
            >
              {logY ? `1e${t}` : show(t, 3)}
            </text>
          </g>
        ))}
        {y0 < 0 && y1 > 0 && !logY ? (
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={svgNum(sy(0))}
            y2={svgNum(sy(0))}
            stroke="currentColor"
            strokeOpacity={0.6}
          />
        ) : null}
        <text
          x={(W + PAD.left) / 2}
          y={H - 4}
          textAnchor="middle"
          className="fill-zinc-600 text-[11px] dark:fill-zinc-300"
        >
          {logX ? `${xLabel} (log scale)` : xLabel}
        </text>
        <text
          x={12}
          y={(H - PAD.bottom) / 2}
          textAnchor="middle"
          transform={`rotate(-90 12 ${(H - PAD.bottom) / 2})`}
          className="fill-zinc-600 text-[11px] dark:fill-zinc-300"
        >
          {logY ? `${yLabel} (log scale)` : yLabel}
        </text>
        {data.map((s) => (
          <polyline
            key={s.label}
            points={s.pts.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(" ")}
            fill="none"
            strokeWidth={2}
            strokeDasharray={s.dash}
            className={s.className}
          />
        ))}
        {marker && usableX(marker.x) && usable(marker.y) ? (
          <g>
            <circle
              cx={svgNum(sx(tfx(marker.x)))}
              cy={svgNum(sy(tf(marker.y)))}
              r={5}
              className="fill-rose-600 stroke-white dark:stroke-zinc-950"
              strokeWidth={2}
            />
            <text
              // A point near the right edge gets its label on its left, inside the plot.
              x={svgNum(sx(tfx(marker.x)) + (sx(tfx(marker.x)) > W * 0.7 ? -8 : 8))}
              y={svgNum(sy(tf(marker.y)) - 8)}
              textAnchor={sx(tfx(marker.x)) > W * 0.7 ? "end" : "start"}
              className="fill-zinc-800 text-[11px] font-medium dark:fill-zinc-100"
            >
              {marker.label}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        {data.map((s) => (
          <span key={s.label} className="inline-flex items-center gap-1.5">
            <svg width="24" height="8" aria-hidden>
              <line x1="0" x2="24" y1="4" y2="4" strokeWidth={2} strokeDasharray={s.dash} className={s.className} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
