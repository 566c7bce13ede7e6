import { cardClass } from "@/components/ui/card";
import type { TwoLayerSpec } from "@/lib/engine";
import { formatNumber } from "@/lib/exercises/solution-tex";
import { labelBox, placeEdgeLabels } from "./edge-labels";

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
  const unit = (layer: number, i: number) => ({ x: COLS[layer]!, y: ys[layer]![i]! });
  const edges = [
    ...spec.W1.flatMap((row, i) =>
      row.map((w, j) => ({ from: unit(0, i), to: unit(1, j), w, name: `W1[${i}][${j}]` })),
    ),
    ...spec.W2.flatMap((row, i) =>
      row.map((w, j) => ({ from: unit(1, i), to: unit(2, j), w, name: `W2[${i}][${j}]` })),
    ),
  ];
  const biases = [
    ...spec.b1.map((b, j) => ({ at: unit(1, j), b, name: `b1[${j}]` })),
    ...spec.b2.map((b, j) => ({ at: unit(2, j), b, name: `b2[${j}]` })),
  ].map((b) => ({ ...b, text: `b=${plain(b.b)}`, baseline: b.at.y + R + 14 }));
  // Weight labels keep clear of each other, of the units and of the bias labels under them.
  const labels = placeEdgeLabels(
    edges.map((e) => ({ x1: e.from.x, y1: e.from.y, x2: e.to.x, y2: e.to.y, text: plain(e.w) })),
    [
      ...ys.flatMap((col, layer) => col.map((y) => ({ x: COLS[layer]!, y, w: 2 * R, h: 2 * R }))),
      ...biases.map((b) => labelBox(b.at.x, b.baseline, b.text)),
    ],
  );
  return (
    // Below md the picture scales down past legible (its 11-unit labels rendered at 7 px on a 390 px phone), so it
    // is left out there and the matrices under it carry every weight; from md up it is at its full 672 px, 13 px text.
    <figure className={cardClass("hidden overflow-x-auto p-2 md:block")}>
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
        {edges.map((e, k) => {
          const label = labels[k]!;
          return (
            <g key={e.name} data-edge={e.name}>
              <line
                x1={e.from.x}
                y1={e.from.y}
                x2={e.to.x}
                y2={e.to.y}
                className={e.w >= 0 ? "stroke-sky-500" : "stroke-rose-500"}
                strokeWidth={1 + Math.min(3, Math.abs(e.w) * 2)}
                strokeDasharray={e.w >= 0 ? undefined : "5 3"}
              />
              <text
                x={label.x}
                y={label.y}
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
              <circle
                cx={COLS[layer]}
                cy={y}
                r={R}
                className="fill-white stroke-zinc-500 dark:fill-zinc-900"
                strokeWidth={1.5}
              />
              <text
                x={COLS[layer]}
                y={y + 4}
                textAnchor="middle"
                className="fill-zinc-900 text-[12px] dark:fill-zinc-100"
              >
                {layers[layer]!.label(i)}
              </text>
            </g>
          )),
        )}
        {biases.map((b) => (
          <text
            key={b.name}
            x={b.at.x}
            y={b.baseline}
            textAnchor="middle"
            className="fill-zinc-500 text-[11px] dark:fill-zinc-400"
          >
            {b.text}
          </text>
        ))}
        {layers.map((l, i) => (
          <text
            key={l.name}
            x={COLS[i]}
            y={height + 16}
            textAnchor="middle"
            className="fill-zinc-500 dark:fill-zinc-400 text-[11px]"
          >
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
