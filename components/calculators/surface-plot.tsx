import { surface, type Trajectory } from "@/lib/calculators";
import { show, showPair, svgNum } from "./format";

const W = 420;
const H = 300;
const COLS = 42;
const ROWS = 30;
const BANDS = 10;

/** The viewing box: the whole path and the minimum, padded, never degenerate. */
function bounds(run: Trajectory) {
  const s = surface(run.surface);
  const xs = [...run.trajectory.map((p) => p.params[0]), s.minimum[0]];
  const ys = [...run.trajectory.map((p) => p.params[1]), s.minimum[1]];
  const grow = (lo: number, hi: number) => {
    const span = Math.max(hi - lo, 1);
    return [lo - span * 0.12, hi + span * 0.12] as const;
  };
  const [x0, x1] = grow(Math.min(...xs), Math.max(...xs));
  const [y0, y1] = grow(Math.min(...ys), Math.max(...ys));
  return { s, x0, x1, y0, y1 };
}

/**
 * The surface as banded shading (log f quantized into levels, so band edges read as contour lines)
 * with the optimizer's path on top. The path's shape, not the shading's colour, carries the result.
 */
export function SurfacePlot({ run }: { run: Trajectory }) {
  const { s, x0, x1, y0, y1 } = bounds(run);
  const sx = (x: number) => ((x - x0) / (x1 - x0)) * W;
  const sy = (y: number) => H - ((y - y0) / (y1 - y0)) * H;
  const cells: { i: number; j: number; level: number }[] = [];
  const logs: number[] = [];
  for (let j = 0; j < ROWS; j++)
    for (let i = 0; i < COLS; i++) {
      const x = x0 + ((i + 0.5) / COLS) * (x1 - x0);
      const y = y0 + ((j + 0.5) / ROWS) * (y1 - y0);
      logs.push(Math.log10(s.value([x, y]) - s.minValue + 1e-6));
    }
  const lo = Math.min(...logs);
  const hi = Math.max(...logs);
  logs.forEach((l, k) =>
    cells.push({
      i: k % COLS,
      j: Math.floor(k / COLS),
      level: Math.min(BANDS - 1, Math.floor(((l - lo) / (hi - lo || 1)) * BANDS)),
    }),
  );
  const path = run.trajectory.map((p) => `${sx(p.params[0]).toFixed(1)},${sy(p.params[1]).toFixed(1)}`).join(" ");
  const start = run.trajectory[0]!;
  const end = run.final;
  const dots = run.trajectory.length <= 120;
  return (
    <figure className="space-y-1">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Path on the ${run.surface} surface from ${showPair(start.params)} to ${showPair(end.params)}, minimum at ${showPair(s.minimum)}`}
        className="h-auto w-full max-w-xl rounded-lg border border-zinc-200 dark:border-zinc-800"
      >
        {cells.map((c) => (
          <rect
            key={`${c.i}-${c.j}`}
            x={svgNum((c.i / COLS) * W)}
            y={svgNum(H - ((c.j + 1) / ROWS) * H)}
            width={W / COLS + 0.5}
            height={H / ROWS + 0.5}
            className="fill-brand-500"
            fillOpacity={svgNum(0.05 + (c.level / BANDS) * 0.5, 3)}
          />
        ))}
        <polyline points={path} fill="none" strokeWidth={2} className="stroke-zinc-900 dark:stroke-white" />
        {dots
          ? run.trajectory.map((p) => (
              <circle
                key={p.step}
                cx={svgNum(sx(p.params[0]))}
                cy={svgNum(sy(p.params[1]))}
                r={2.5}
                className="fill-zinc-900 dark:fill-white"
              />
            ))
          : null}
        <rect
          x={svgNum(sx(start.params[0]) - 5)}
          y={svgNum(sy(start.params[1]) - 5)}
          width={10}
          height={10}
          className="fill-amber-500 stroke-zinc-900"
        />
        <circle
          cx={svgNum(sx(end.params[0]))}
          cy={svgNum(sy(end.params[1]))}
          r={5}
          className="fill-rose-600 stroke-white"
          strokeWidth={1.5}
        />
        <text
          x={svgNum(sx(s.minimum[0]))}
          y={svgNum(sy(s.minimum[1]) + 5)}
          textAnchor="middle"
          className="fill-emerald-700 text-[16px] font-bold dark:fill-emerald-300"
        >
          ✕
        </text>
      </svg>
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
        Square: start {showPair(start.params)}. Circle: step {end.step} {showPair(end.params)}. ✕: minimum{" "}
        {showPair(s.minimum)}. <span className="dark:hidden">Darker</span>
        <span className="hidden dark:inline">Brighter</span> bands are higher f (log scale); x from {show(x0, 3)} to{" "}
        {show(x1, 3)}, y from {show(y0, 3)} to {show(y1, 3)}.
      </figcaption>
    </figure>
  );
}
