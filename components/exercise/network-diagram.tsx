import type { TwoLayerSpec } from "@/lib/engine";
import { formatNumber } from "@/lib/exercises/solution-tex";

const W = 560;
const COLS = [70, 280, 490];
const R = 20;

function layerY(count: number, height: number): number[] {
  const gap = height / (count + 1);
  return Array.from({ length: count }, (_, i) => gap * (i + 1));
}

const plain = (v: number) => formatNumber(v).replace("\\times 10^{", "e").replace("}", "");

/** The network as SVG: every edge labelled with its weight, every unit with its bias. Server-rendered. */
export function NetworkDiagram({ spec }: { spec: TwoLayerSpec }) {
  const dIn = spec.W1.length;
  const h = spec.b1.length;
  const dOut = spec.b2.length;
  const height = Math.max(dIn, h, dOut) * 78 + 40;
  const ys = [layerY(dIn, height), layerY(h, height), layerY(dOut, height)];
  // Units count from 0, as the asks, hints and explanations do: the edge W1[i][j] runs from xi to hj.
  const layers = [
    { label: (i: number) => `x${i}`, name: "input" },
    { label: (i: number) => `h${i}`, name: `hidden (${spec.hidden})` },
    { label: (i: number) => `o${i}`, name: `output (${spec.loss === "softmax_ce" ? "softmax" : spec.output})` },
  ];
  const edges = [
    ...spec.W1.flatMap((row, i) => row.map((w, j) => ({ from: [0, i], to: [1, j], w, name: `W1[${i}][${j}]` }))),
    ...spec.W2.flatMap((row, i) => row.map((w, j) => ({ from: [1, i], to: [2, j], w, name: `W2[${i}][${j}]` }))),
  ];
  const biases = [
    ...spec.b1.map((b, j) => ({ layer: 1, j, b, name: `b1[${j}]` })),
    ...spec.b2.map((b, j) => ({ layer: 2, j, b, name: `b2[${j}]` })),
  ];
  return (
    <figure className="overflow-x-auto rounded-2xl border border-zinc-200 p-2 dark:border-zinc-800">
      <svg
        viewBox={`0 0 ${W} ${height + 24}`}
        className="mx-auto w-full max-w-2xl font-mono"
        role="img"
        aria-labelledby="network-title"
      >
        <title id="network-title">
          {`A ${dIn}-${h}-${dOut} network. ${edges.map((e) => `${e.name} = ${plain(e.w)}`).join(", ")}. ${biases
            .map((b) => `${b.name} = ${plain(b.b)}`)
            .join(", ")}.`}
        </title>
        {edges.map((e) => {
          const [x1, y1] = [COLS[e.from[0]!]!, ys[e.from[0]!]![e.from[1]!]!];
          const [x2, y2] = [COLS[e.to[0]!]!, ys[e.to[0]!]![e.to[1]!]!];
          // Labels sit a third of the way along, where edges fanning out of one unit are still apart.
          const t = 0.3;
          const lx = x1 + (x2 - x1) * t;
          const ly = y1 + (y2 - y1) * t;
          return (
            <g key={e.name}>
              <line
                x1={x1}
                y1={y1}
                x2={x2}
                y2={y2}
                className={e.w >= 0 ? "stroke-sky-500" : "stroke-rose-500"}
                strokeWidth={1 + Math.min(3, Math.abs(e.w) * 2)}
                strokeDasharray={e.w >= 0 ? undefined : "5 3"}
              />
              <text
                x={lx}
                y={ly - 3}
                textAnchor="middle"
                className="fill-zinc-800 stroke-white text-[11px] dark:fill-zinc-100 dark:stroke-zinc-950"
                strokeWidth={3}
                paintOrder="stroke"
              >
                {plain(e.w)}
              </text>
            </g>
          );
        })}
        {ys.map((col, layer) =>
          col.map((y, i) => (
            <g key={`${layer}-${i}`}>
              <circle cx={COLS[layer]} cy={y} r={R} className="fill-white stroke-zinc-500 dark:fill-zinc-900" strokeWidth={1.5} />
              <text x={COLS[layer]} y={y + 4} textAnchor="middle" className="fill-zinc-900 text-[12px] dark:fill-zinc-100">
                {layers[layer]!.label(i)}
              </text>
            </g>
          )),
        )}
        {biases.map((b) => (
          <text
            key={b.name}
            x={COLS[b.layer]}
            y={ys[b.layer]![b.j]! + R + 14}
            textAnchor="middle"
            className="fill-zinc-500 text-[11px] dark:fill-zinc-400"
          >
            b={plain(b.b)}
          </text>
        ))}
        {layers.map((l, i) => (
          <text key={l.name} x={COLS[i]} y={height + 16} textAnchor="middle" className="fill-zinc-500 dark:fill-zinc-400 text-[11px]">
            {l.name}
          </text>
        ))}
      </svg>
      <figcaption className="px-2 pt-1 text-xs text-zinc-500 dark:text-zinc-400">
        Solid blue edges are positive weights, dashed red ones negative; the number on each edge is its weight.
      </figcaption>
    </figure>
  );
}
