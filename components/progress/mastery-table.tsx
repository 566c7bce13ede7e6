interface Row {
  key: string;
  label: string;
  items: number;
  mastered: number;
  started?: number;
}

/**
 * Mastery as a bar and a number per row, so the figure is readable without colour. On a phone the bar gives way
 * and the number may wrap: the row must fit 320 px.
 */
export function MasteryTable({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="pb-2 text-left font-semibold">{caption}</caption>
      <tbody>
        {rows.map((r) => {
          const pct = r.items ? Math.round((100 * r.mastered) / r.items) : 0;
          return (
            <tr key={r.key} className="border-b border-zinc-100 dark:border-zinc-900">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                {r.label}
              </th>
              <td className="hidden w-1/2 py-1.5 sm:table-cell">
                <div className="h-2 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden>
                  <div className="h-full bg-emerald-500" style={{ width: `${pct}%` }} />
                </div>
              </td>
              <td className="py-1.5 pl-3 text-right tabular-nums sm:whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                {r.mastered}/{r.items} mastered{r.started === undefined ? "" : ` · ${r.started} started`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
