"use client";

import { useSyncExternalStore } from "react";
import { LIGHT_HEAT_PALETTE, readHeatPalette, type HeatPalette } from "@/lib/playground/palette";

// Dark mode follows the system setting (app/globals.css), so a theme change is this media query changing.
const DARK = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

// Computed style is read once per theme, not on every render or animation frame; the same object comes back until
// the theme changes, as useSyncExternalStore requires.
let cached: { dark: boolean; palette: HeatPalette } | null = null;

function snapshot(): HeatPalette {
  const dark = window.matchMedia(DARK).matches;
  if (cached?.dark !== dark) {
    const style = getComputedStyle(document.documentElement);
    cached = { dark, palette: readHeatPalette((name) => style.getPropertyValue(name)) };
  }
  return cached.palette;
}

/** The heatmap colours of the current theme; the light ones on the server (canvases paint only in the browser). */
export function useHeatPalette(): HeatPalette {
  return useSyncExternalStore(subscribe, snapshot, () => LIGHT_HEAT_PALETTE);
}
