import type { Mlp } from "@/lib/engine";
import { formatSigned } from "@/lib/playground/grid";
import { VIEW_W, type DiagramItem } from "./network-layout";
import { UnitPreview } from "./unit-preview";

/** Placed over the item by percentages of the viewBox, so it needs no DOM measuring. */
export function NetworkTooltip({ item, net, viewHeight }: { item: DiagramItem; net: Mlp; viewHeight: number }) {
  const [x, y] = item.kind === "edge" ? [(item.x1 + item.x2) / 2, (item.y1 + item.y2) / 2] : [item.x, item.y];
  return (
    <div
      id="network-tooltip"
      role="tooltip"
      className="pointer-events-none absolute z-10 -translate-x-1/2 translate-y-3 rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs shadow dark:border-zinc-700 dark:bg-zinc-900"
      style={{ left: `${(x / VIEW_W) * 100}%`, top: `${(y / viewHeight) * 100}%` }}
    >
      {item.kind === "edge" ? (
        <>
          <div className="font-medium">{item.name}</div>
          <div className="font-mono">{`w = ${formatSigned(item.w)}, ∂L/∂w = ${formatSigned(item.g)}`}</div>
        </>
      ) : (
        <div className="flex flex-col items-center gap-1">
          <div className="font-medium">
            {item.name} ({item.caption}): activation over the plane
          </div>
          <UnitPreview net={net} layer={item.layer} unit={item.index} />
        </div>
      )}
    </div>
  );
}
