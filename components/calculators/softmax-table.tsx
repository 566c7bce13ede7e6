import type { crossEntropy } from "@/lib/calculators";
import { show } from "./format";

/** One row per class: the logit, its shifted value, e^(z−m), p, y and p − y. */
export function SoftmaxTable({ ce }: { ce: ReturnType<typeof crossEntropy> }) {
  const sm = ce.softmax;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-right font-mono text-sm tabular-nums">
        <caption className="sr-only">Softmax and cross-entropy per class</caption>
        <thead className="text-xs text-zinc-500 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-sans">
              class
            </th>
            <th scope="col" className="px-2 py-1">
              z
            </th>
            <th scope="col" className="px-2 py-1">
              z − m
            </th>
            <th scope="col" className="px-2 py-1">
              e^(z−m)
            </th>
            <th scope="col" className="px-2 py-1">
              p
            </th>
            <th scope="col" className="px-2 py-1">
              y
            </th>
            <th scope="col" className="px-2 py-1">
              p − y
            </th>
          </tr>
        </thead>
        <tbody>
          {sm.logits.map((z, i) => (
            <tr
              key={i}
              data-class={i}
              className={`border-t border-zinc-200 dark:border-zinc-800 ${i === ce.targetClass ? "bg-brand-50 font-semibold dark:bg-zinc-900" : ""}`}
            >
              <th scope="row" className="px-2 py-1 text-left font-sans">
                {i}
                {i === ce.targetClass ? " (target)" : ""}
              </th>
              <td className="px-2 py-1">{show(z)}</td>
              <td className="px-2 py-1">{show(sm.shifted[i])}</td>
              <td className="px-2 py-1">{show(sm.exps[i])}</td>
              <td className="px-2 py-1" data-prob={i}>
                {show(sm.probabilities[i])}
              </td>
              <td className="px-2 py-1">{show(ce.target[i])}</td>
              <td className="px-2 py-1">{show(ce.gradient[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
