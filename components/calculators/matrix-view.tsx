import { show } from "./format";

interface Props {
  caption: string;
  matrix: readonly (readonly number[])[];
  /** 0: statistics per column (shown as rows below); 1: per row (shown as columns to the right). */
  axis: 0 | 1;
  stats?: readonly { label: string; values: readonly number[] }[];
  name: string;
}

/**
 * A matrix with its per-axis statistics laid along the axis they were taken over. The axis is
 * named in the headers and drawn with arrows, and the shading of alternate columns (or rows)
 * only repeats that.
 */
export function MatrixView({ caption, matrix, axis, stats = [], name }: Props) {
  const cols = matrix[0]?.length ?? 0;
  const band = (i: number, j: number) => ((axis === 0 ? j : i) % 2 === 0 ? "bg-brand-50 dark:bg-zinc-900" : "");
  return (
    <div className="overflow-x-auto">
      <table className="text-right font-mono text-sm tabular-nums" data-matrix={name}>
        <caption className="pb-1 text-left font-sans text-sm font-medium">{caption}</caption>
        <thead className="text-xs text-zinc-500 dark:text-zinc-400">
          <tr>
            <td />
            {Array.from({ length: cols }, (_, j) => (
              <th key={j} scope="col" className="px-2 py-1">
                {/* Counted from 1, as the inline messages count rows and entries. */}
                {axis === 0 ? `feature ${j + 1} ↓` : `feature ${j + 1}`}
              </th>
            ))}
            {axis === 1
              ? stats.map((s) => (
                  <th key={s.label} scope="col" className="border-l border-zinc-300 px-2 py-1 dark:border-zinc-700">
                    {s.label} →
                  </th>
                ))
              : null}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, i) => (
            <tr key={i}>
              <th scope="row" className="px-2 py-1 text-xs text-zinc-500 dark:text-zinc-400">
                example {i + 1}
              </th>
              {row.map((v, j) => (
                <td key={j} className={`px-2 py-1 ${band(i, j)}`}>
                  {show(v)}
                </td>
              ))}
              {axis === 1
                ? stats.map((s) => (
                    <td key={s.label} className="border-l border-zinc-300 px-2 py-1 font-semibold dark:border-zinc-700">
                      {show(s.values[i])}
                    </td>
                  ))
                : null}
            </tr>
          ))}
          {axis === 0
            ? stats.map((s) => (
                <tr key={s.label} className="border-t border-zinc-300 font-semibold dark:border-zinc-700">
                  <th scope="row" className="px-2 py-1 text-xs text-zinc-500 dark:text-zinc-400">
                    {s.label}
                  </th>
                  {s.values.map((v, j) => (
                    <td key={j} className={`px-2 py-1 ${band(0, j)}`}>
                      {show(v)}
                    </td>
                  ))}
                </tr>
              ))
            : null}
        </tbody>
      </table>
    </div>
  );
}
