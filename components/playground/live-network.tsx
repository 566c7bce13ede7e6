"use client";

import { memo, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Mlp, MlpGrads } from "@/lib/engine";
import { layoutNetwork, VIEW_W } from "./network-layout";
import { EdgeView, UnitView, edgeWidth, type ItemActions } from "./network-items";
import { NetworkTooltip } from "./network-tooltip";

const MOVES: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The live network: edge colour and thickness follow the weight (negative also dashed),
 * and each unit and edge is one stop of a roving tab index: Tab enters the diagram,
 * arrow keys move between items, and the focused or hovered item shows its tooltip.
 */
export const LiveNetwork = memo(function LiveNetwork({ net, grads }: { net: Mlp; grads: MlpGrads }) {
  const { items, height } = layoutNetwork(net, grads);
  const [focus, setFocus] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const refs = useRef<(SVGGElement | null)[]>([]);
  const actions = useMemo<ItemActions>(
    () => ({
      register: (i, el) => {
        refs.current[i] = el;
      },
      focus: (i) => {
        setFocus(i);
        setShown(i);
      },
      show: setShown,
    }),
    [],
  );
  const active = shown === null ? undefined : items[shown];

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") return setShown(null);
    const move = MOVES[e.key];
    const n = items.length;
    const next = e.key === "Home" ? 0 : e.key === "End" ? n - 1 : move === undefined ? null : (focus + move + n) % n;
    if (next === null) return;
    e.preventDefault();
    refs.current[next]?.focus();
  };

  return (
    <figure className="relative flex flex-col gap-1">
      <svg
        viewBox={`0 0 ${VIEW_W} ${height}`}
        className="w-full font-mono"
        onKeyDown={onKeyDown}
        aria-label="Network diagram"
      >
        {items.map((it, i) => {
          if (it.kind !== "edge") return null;
          const { key, x1, y1, x2, y2 } = it;
          const common = { index: i, active: shown === i, tabbable: focus === i, label: `edge ${it.name}`, actions };
          return (
            <EdgeView
              key={key}
              id={key}
              {...common}
              {...{ x1, y1, x2, y2 }}
              width={edgeWidth(it.w)}
              positive={it.w >= 0}
            />
          );
        })}
        {items.map((it, i) => {
          if (it.kind !== "unit") return null;
          const common = {
            index: i,
            active: shown === i,
            tabbable: focus === i,
            label: `unit ${it.name}, ${it.caption}`,
            actions,
          };
          return <UnitView key={it.key} id={it.key} {...common} x={it.x} y={it.y} name={it.name} />;
        })}
      </svg>
      {active && <NetworkTooltip item={active} net={net} viewHeight={height} />}
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
        Blue solid edges are positive weights, orange dashed ones negative; thicker means larger. Hover an edge or unit,
        or Tab into the diagram and use the arrow keys.
      </figcaption>
    </figure>
  );
});
