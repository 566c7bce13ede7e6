"use client";

import { memo } from "react";

/** Stable callbacks shared by every item, so memoised items re-render only when their own look changes. */
export interface ItemActions {
  register(i: number, el: SVGGElement | null): void;
  focus(i: number): void;
  show(i: number | null): void;
}

interface ItemBase {
  index: number;
  active: boolean;
  tabbable: boolean;
  label: string;
  actions: ItemActions;
}

function itemProps({ index, active, tabbable, label, actions }: ItemBase) {
  return {
    ref: (el: SVGGElement | null) => actions.register(index, el),
    tabIndex: tabbable ? 0 : -1,
    role: "img",
    "aria-label": label,
    "aria-describedby": active ? "network-tooltip" : undefined,
    onFocus: () => actions.focus(index),
    onBlur: () => actions.show(null),
    onMouseEnter: () => actions.show(index),
    onMouseLeave: () => actions.show(null),
    className: "cursor-pointer outline-none",
  };
}

/**
 * One weight. It receives its look already quantised (width in quarter steps, sign), not
 * the raw weight: between two refreshes most edges then look the same and memo skips
 * them, which is what keeps a 150-edge diagram cheap while training.
 */
export const EdgeView = memo(function EdgeView(
  props: ItemBase & { id: string; x1: number; y1: number; x2: number; y2: number; width: number; positive: boolean },
) {
  const { x1, y1, x2, y2 } = props;
  return (
    <g {...itemProps(props)} data-edge={props.id}>
      {props.active && (
        <line x1={x1} y1={y1} x2={x2} y2={y2} className="stroke-amber-400" strokeWidth={props.width + 6} />
      )}
      <line
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        className={props.positive ? "stroke-sky-600 dark:stroke-sky-400" : "stroke-orange-500"}
        strokeWidth={props.width}
        strokeDasharray={props.positive ? undefined : "5 3"}
      />
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="transparent" strokeWidth={8} />
    </g>
  );
});

export const UnitView = memo(function UnitView(props: ItemBase & { id: string; x: number; y: number; name: string }) {
  return (
    <g {...itemProps(props)} data-unit={props.id}>
      <circle
        cx={props.x}
        cy={props.y}
        r={15}
        strokeWidth={props.active ? 4 : 1.5}
        className={`fill-white dark:fill-zinc-900 ${props.active ? "stroke-amber-400" : "stroke-zinc-500"}`}
      />
      <text
        x={props.x}
        y={props.y + 4}
        textAnchor="middle"
        className="pointer-events-none fill-zinc-900 text-[10px] dark:fill-zinc-100"
      >
        {props.name}
      </text>
    </g>
  );
});

/** Stroke width for a weight: grows with |w|, capped, in quarter-pixel steps. */
export function edgeWidth(w: number): number {
  return Math.round((0.5 + Math.min(5, Math.abs(w) * 2)) * 4) / 4;
}
