const CELL = 11;
const GAP = 2;

function shade(count: number, max: number): string {
  if (count === 0) return "fill-zinc-100 dark:fill-zinc-800";
  const r = count / Math.max(1, max);
  return r > 0.75 ? "fill-emerald-700" : r > 0.5 ? "fill-emerald-500" : r > 0.25 ? "fill-emerald-400" : "fill-emerald-200 dark:fill-emerald-900";
}

/** Reviews per day for the last year, a column per week, drawn on the server as SVG. */
export function Heatmap({ days }: { days: Array<{ date: string; count: number }> }) {
  const max = Math.max(0, ...days.map((d) => d.count));
  const total = days.reduce((s, d) => s + d.count, 0);
  const active = days.filter((d) => d.count > 0).length;
  const weeks = Math.ceil(days.length / 7);
  return (
    <figure className="overflow-x-auto">
      <svg
        viewBox={`0 0 ${weeks * (CELL + GAP)} ${7 * (CELL + GAP)}`}
        className="h-auto w-full min-w-[40rem]"
        role="img"
        aria-label={`${total} reviews on ${active} of the last ${days.length} days`}
      >
        {days.map((d, i) => (
          <rect
            key={d.date}
            x={Math.floor(i / 7) * (CELL + GAP)}
            y={(i % 7) * (CELL + GAP)}
            width={CELL}
            height={CELL}
            rx={2}
            className={shade(d.count, max)}
          >
            <title>{`${d.date}: ${d.count} review${d.count === 1 ? "" : "s"}`}</title>
          </rect>
        ))}
      </svg>
      <figcaption className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
        {total} reviews on {active} days in the last year; darker is more.
      </figcaption>
    </figure>
  );
}
