"use client";

import { useSyncExternalStore } from "react";
import { LIGHT_HEAT_PALETTE, readHeatPalette, type HeatPalette } from "@/lib/playground/palette";

// The theme is the `dark` class on <html> (next-themes, from the header's switch or the system setting), so a theme
// change is that class changing.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

// Computed style is read once per theme, not on every render or animation frame; the same object comes back until
// the theme changes, as useSyncExternalStore requires.
let cached: { dark: boolean; palette: HeatPalette } | null = null;

function snapshot(): HeatPalette {
  const dark = document.documentElement.classList.contains("dark");
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
