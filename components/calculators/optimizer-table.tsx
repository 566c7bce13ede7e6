import type { Trajectory } from "@/lib/calculators";
import { show, showPair } from "./format";

/** Rows shown before the table is cut: enough to see the bias correction fade, short enough for a phone. */
const MAX_ROWS = 25;

/** Every step's point and value; for Adam and AdamW also m, v and their bias-corrected m̂, v̂. */
export function OptimizerTable({ run }: { run: Trajectory }) {
  const adam = run.optimizer.kind === "adam" || run.optimizer.kind === "adamw";
  const momentum = run.optimizer.kind === "momentum";
  const rows = run.trajectory.slice(0, MAX_ROWS + 1);
  const head = ["t", "θ = (x, y)", "f(θ)", ...(momentum ? ["u"] : []), ...(adam ? ["m", "v", "m̂", "v̂"] : [])];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-right font-mono text-xs tabular-nums">
        <caption className="pb-1 text-left font-sans text-sm text-zinc-600 dark:text-zinc-400">
          Per step{adam ? ", with Adam's moments" : ""}
          {run.trajectory.length > rows.length ? ` (first ${MAX_ROWS} of ${run.trajectory.length - 1})` : ""}
        </caption>
        <thead className="text-zinc-500 dark:text-zinc-400">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="px-2 py-1">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.step} className="border-t border-zinc-200 dark:border-zinc-800">
              <th scope="row" className="px-2 py-1">
                {p.step}
              </th>
              <td className="px-2 py-1 whitespace-nowrap">{showPair(p.params)}</td>
              <td className="px-2 py-1">{show(p.value)}</td>
              {momentum ? (
                <td className="px-2 py-1 whitespace-nowrap">{p.velocity ? showPair(p.velocity) : "—"}</td>
              ) : null}
              {adam
                ? (["m", "v", "mHat", "vHat"] as const).map((k) => (
                    <td key={k} className="px-2 py-1 whitespace-nowrap">
                      {p.adam ? showPair(p.adam[k], 3) : "—"}
                    </td>
                  ))
                : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
