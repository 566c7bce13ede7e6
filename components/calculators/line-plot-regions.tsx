import { svgNum } from "./format";
import { H, PAD, type plotScale } from "./line-plot-scale";

export interface PlotRegion {
  /** Data x values (before any log transform). */
  from: number;
  to: number;
  label: string;
  /** Tailwind fill classes for the band; its label is always the plot's text colour, for contrast. */
  className: string;
}

/** Shaded x ranges behind a line plot, each named at its top so the band reads without its colour. */
export function PlotRegions({
  regions,
  scale,
}: {
  regions: readonly PlotRegion[];
  scale: Pick<ReturnType<typeof plotScale>, "sx" | "tfx" | "usableX" | "x0" | "x1">;
}) {
  const { sx, tfx, usableX, x0, x1 } = scale;
  return regions
    .filter((r) => usableX(r.from) && usableX(r.to))
    .map((r) => {
      const left = sx(Math.max(x0, Math.min(tfx(r.from), tfx(r.to))));
      const right = sx(Math.min(x1, Math.max(tfx(r.from), tfx(r.to))));
      if (right <= left) return null;
      return (
        <g key={r.label} data-region={r.label}>
          <rect
            x={svgNum(left)}
            y={PAD.top}
            width={svgNum(right - left)}
            height={H - PAD.top - PAD.bottom}
            className={r.className}
          />
          <text
            x={svgNum((left + right) / 2)}
            y={PAD.top + 12}
            textAnchor="middle"
            className="fill-zinc-700 text-[10px] dark:fill-zinc-200"
          >
            {r.label}
          </text>
        </g>
      );
    });
}
