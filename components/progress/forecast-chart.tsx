/** Items falling due over the next 30 days as bars; the first bar includes everything overdue. */
export function ForecastChart({ forecast }: { forecast: number[] }) {
  const max = Math.max(1, ...forecast);
  const W = 600;
  const H = 120;
  // Room above the tallest bar for its count.
  const TOP = 12;
  const bar = W / forecast.length;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${TOP + H + 16}`}
        className="h-auto w-full"
        role="img"
        aria-label={`Due over the next 30 days: ${forecast.join(", ")}`}
      >
        {forecast.map((n, i) => {
          const h = (n / max) * H;
          return (
            <g key={i}>
              <rect
                x={i * bar + 1}
                y={TOP + H - h}
                width={bar - 2}
                height={h}
                rx={2}
                className={i === 0 ? "fill-brand-600" : "fill-brand-500/60"}
              >
                <title>{`${i === 0 ? "Today" : `In ${i} day${i === 1 ? "" : "s"}`}: ${n}`}</title>
              </rect>
              {/* The count on the bar itself: with only a hover title, a phone or keyboard user could not read any number. */}
              {n > 0 ? (
                <text
                  x={i * bar + bar / 2}
                  y={TOP + H - h - 3}
                  textAnchor="middle"
                  aria-hidden
                  className="fill-zinc-700 dark:fill-zinc-300 text-[10px] tabular-nums"
                >
                  {n}
                </text>
              ) : null}
              {i % 5 === 0 ? (
                <text
                  x={i === 0 ? 1 : i * bar + bar / 2}
                  y={TOP + H + 13}
                  textAnchor={i === 0 ? "start" : "middle"}
                  className="fill-zinc-500 dark:fill-zinc-400 text-[10px]"
                >
                  {i === 0 ? "today" : `+${i}d`}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
