import type { GradientRow } from "@/lib/calculators";
import { show } from "./format";

/**
 * One row per checked entry; the verdict is a word (and a symbol), never only a colour. `badCause` names what the
 * error curve blames ("round-off", "truncation") in place of a band word that would blame the backward pass.
 */
export function GradientCheckTable({ rows, badCause }: { rows: readonly GradientRow[]; badCause?: string }) {
  return (
    // The table scrolls inside its box, so the box takes focus: keyboard users scroll it with the arrow keys.
    <div
      className="max-h-96 overflow-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      tabIndex={0}
      role="region"
      aria-label="Every parameter entry, scrollable"
    >
      <table className="w-full text-right font-mono text-xs tabular-nums">
        <caption className="pb-1 text-left font-sans text-sm text-zinc-600 dark:text-zinc-400">
          Every parameter entry
        </caption>
        <thead className="text-zinc-500 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-2 py-1 text-left">
              entry
            </th>
            <th scope="col" className="px-2 py-1">
              analytic
            </th>
            <th scope="col" className="px-2 py-1">
              numeric
            </th>
            <th scope="col" className="px-2 py-1">
              rel. error
            </th>
            <th scope="col" className="px-2 py-1 text-left">
              verdict
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const bad = r.verdict === "suspicious" || r.verdict === "wrong";
            return (
              <tr key={r.label} className="border-t border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="px-2 py-1 text-left">
                  {r.label}
                </th>
                <td className="px-2 py-1">{show(r.analytic, 8)}</td>
                <td className="px-2 py-1">{show(r.numeric, 8)}</td>
                <td className="px-2 py-1">{show(r.relError, 2)}</td>
                <td
                  className={`px-2 py-1 text-left font-sans ${bad ? "font-semibold text-rose-700 dark:text-rose-300" : ""}`}
                >
                  {bad ? "⚠ " : "✓ "}
                  {bad && badCause ? badCause : r.verdict}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
