"use client";

import { useEffect, useRef } from "react";
import type { Mlp } from "@/lib/engine";
import { unitGrid } from "@/lib/playground/grid";
import { paintGrid } from "./paint";
import { useHeatPalette } from "./use-heat-palette";

const RES = 32;

/**
 * One unit's activation over the plane. Zero is the theme's neutral (pale, or dark on the dark
 * page), negative orange, positive blue, scaled by the largest magnitude, so the sign of the
 * response is what stands out.
 */
export function UnitPreview({ net, layer, unit }: { net: Mlp; layer: number; unit: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const palette = useHeatPalette();
  useEffect(() => {
    const ctx = ref.current?.getContext("2d");
    if (!ctx) return;
    const { values, min, max } = unitGrid(net, layer, unit, RES);
    const scale = Math.max(Math.abs(min), Math.abs(max), 1e-9);
    paintGrid(ctx, values, RES, (v) => 0.5 + v / (2 * scale), palette);
  }, [net, layer, unit, palette]);
  return (
    <canvas
      ref={ref}
      width={96}
      height={96}
      className="rounded border border-zinc-300 dark:border-zinc-700"
      aria-hidden
    />
  );
}
