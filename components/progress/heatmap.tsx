import { heatmapShade } from "./heatmap-shade";

const CELL = 11;
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const GAP = 2;

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
        aria-label={`${count(total, "review")} on ${active} of the last ${count(days.length, "day")}`}
      >
        {days.map((d, i) => (
          <rect
            key={d.date}
            x={Math.floor(i / 7) * (CELL + GAP)}
            y={(i % 7) * (CELL + GAP)}
            width={CELL}
            height={CELL}
            rx={2}
            className={heatmapShade(d.count, max)}
          >
            <title>{`${d.date}: ${d.count} review${d.count === 1 ? "" : "s"}`}</title>
          </rect>
        ))}
      </svg>
      <figcaption className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
        {/* Counted words: a first session read "5 reviews on 1 days". */}
        {count(total, "review")} on {count(active, "day")} in the last year; <span className="dark:hidden">darker</span>
        <span className="hidden dark:inline">brighter</span> is more.
      </figcaption>
    </figure>
  );
}
