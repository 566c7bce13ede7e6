import { layerSizes, type Mlp, type MlpGrads } from "@/lib/engine";

export const VIEW_W = 560;
const UNIT_GAP = 44;

export interface UnitItem {
  kind: "unit";
  key: string;
  /** 0 = input, 1… hidden, last = output: the index into mlpForward's `as` */
  layer: number;
  index: number;
  x: number;
  y: number;
  name: string;
  caption: string;
}

export interface EdgeItem {
  kind: "edge";
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  name: string;
  w: number;
  g: number;
}

export type DiagramItem = UnitItem | EdgeItem;

function unitName(layer: number, index: number, last: number, outputs: number): string {
  if (layer === 0) return `x${index + 1}`;
  if (layer === last) return outputs === 1 ? "out" : `out${index + 1}`;
  return `h${layer}.${index + 1}`;
}

/** Positions of every unit and edge, units first: the order arrow keys walk through. */
export function layoutNetwork(net: Mlp, grads: MlpGrads): { items: DiagramItem[]; height: number } {
  const sizes = layerSizes(net.config);
  const last = sizes.length - 1;
  const height = Math.max(...sizes) * UNIT_GAP + 40;
  const colX = (l: number) => 40 + (l / last) * (VIEW_W - 80);
  const unitY = (l: number, i: number) => (height / (sizes[l]! + 1)) * (i + 1);
  const units: UnitItem[] = sizes.flatMap((n, l) =>
    Array.from({ length: n }, (_, i) => {
      const name = unitName(l, i, last, sizes[last]!);
      const act = net.config.hidden[l - 1]?.activation;
      const caption = l === 0 ? "input" : act ? `${act} unit` : "output";
      return {
        kind: "unit" as const,
        key: `u${l}-${i}`,
        layer: l,
        index: i,
        x: colX(l),
        y: unitY(l, i),
        name,
        caption,
      };
    }),
  );
  const edges: EdgeItem[] = net.layers.flatMap((layer, l) =>
    layer.W.flatMap((row, k) =>
      row.map((w, j) => ({
        kind: "edge" as const,
        key: `e${l}-${k}-${j}`,
        x1: colX(l),
        y1: unitY(l, k),
        x2: colX(l + 1),
        y2: unitY(l + 1, j),
        name: `${unitName(l, k, last, sizes[last]!)} → ${unitName(l + 1, j, last, sizes[last]!)}`,
        w,
        g: grads[l]?.W[k]?.[j] ?? 0,
      })),
    ),
  );
  return { items: [...units, ...edges], height };
}
