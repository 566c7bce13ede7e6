import type { TwoLayerSpec } from "@/lib/engine";

const fmt = (v: number) => String(Number(v.toPrecision(6)));

/**
 * Inputs and targets, one example per row, with the row index the answer grids use. Columns count from 0 (x0, y0),
 * as the asks and hints do: dW1[1][0] multiplies x1, the second column.
 */
export function DataTable({ spec }: { spec: TwoLayerSpec }) {
  const dIn = spec.x[0]!.length;
  const dOut = spec.y[0]!.length;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="pb-2 text-left text-xs font-semibold tracking-wide text-zinc-500 dark:text-zinc-400 uppercase">
          Batch: inputs x and targets y
        </caption>
        <thead>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="col" className="px-2 py-1 text-left font-medium text-zinc-500 dark:text-zinc-400">
              example
            </th>
            {Array.from({ length: dIn }, (_, j) => (
              <th key={`x${j}`} scope="col" className="px-2 py-1 text-right font-mono font-medium">
                x{j}
              </th>
            ))}
            {Array.from({ length: dOut }, (_, k) => (
              <th
                key={`y${k}`}
                scope="col"
                className="px-2 py-1 text-right font-mono font-medium text-brand-600 dark:text-brand-100"
              >
                y{k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.x.map((row, i) => (
            <tr key={i} className="border-b border-zinc-100 dark:border-zinc-900">
              <th scope="row" className="px-2 py-1 text-left font-normal text-zinc-500 dark:text-zinc-400">
                {i + 1}
              </th>
              {row.map((v, j) => (
                <td key={j} className="px-2 py-1 text-right font-mono tabular-nums">
                  {fmt(v)}
                </td>
              ))}
              {spec.y[i]!.map((v, k) => (
                <td key={k} className="px-2 py-1 text-right font-mono tabular-nums text-brand-600 dark:text-brand-100">
                  {fmt(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
