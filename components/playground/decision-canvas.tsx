"use client";

import { useEffect, useRef } from "react";
import type { Mlp } from "@/lib/engine";
import { PLANE, type Dataset } from "@/lib/playground/datasets";
import { probabilityGrid } from "@/lib/playground/grid";
import { paintGrid, paintPoint } from "./paint";
import { useHeatPalette } from "./use-heat-palette";

const SIZE = 320;
/**
 * 40² = 1600 cells, redrawn every frame: about 1 ms for a 3 × 8 tanh net (tanh itself is
 * most of it); smoothing in the upscale hides the cell edges.
 */
const RES = 40;

/** The model's P(class 1) over the plane as a heatmap, with the train and test points on top. */
export function DecisionCanvas({ net, data }: { net: Mlp; data: Dataset }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const palette = useHeatPalette();
  useEffect(() => {
    const ctx = ref.current?.getContext("2d");
    if (!ctx) return;
    paintGrid(ctx, probabilityGrid(net, RES), RES, (p) => p, palette);
    const toPx = (v: number) => ((v + PLANE) / (2 * PLANE)) * SIZE;
    for (const p of data.train) paintPoint(ctx, toPx(p.x), SIZE - toPx(p.y), p.label, false, palette);
    for (const p of data.test) paintPoint(ctx, toPx(p.x), SIZE - toPx(p.y), p.label, true, palette);
  }, [net, data, palette]);
  return (
    <figure className="flex flex-col gap-1">
      <canvas
        ref={ref}
        width={SIZE}
        height={SIZE}
        className="aspect-square w-full max-w-[320px] rounded-lg border border-zinc-300 dark:border-zinc-700"
        role="img"
        aria-label={`Decision boundary over the plane with ${data.train.length} training points (circles) and ${data.test.length} test points (squares)`}
      />
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
        Background: predicted class, orange = 0, blue = 1, <span className="dark:hidden">pale</span>
        <span className="hidden dark:inline">dark</span> = unsure. Circles are training points, squares test points;
        class 1 points have a white centre dot.
      </figcaption>
    </figure>
  );
}
