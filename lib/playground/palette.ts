/**
 * The playground heatmaps' colours per theme. The canvas cannot take CSS classes or variables, so the values live as
 * CSS variables in app/globals.css (light, and dark under the `dark` class) and are read from computed style when
 * the theme changes; these defaults are the light values, used on the server and when a variable is missing.
 */
export type Rgb = [number, number, number];

export interface HeatPalette {
  /** P(class 1) = 0, or a unit's most negative response. */
  low: Rgb;
  /** Unsure, or a unit's zero: the page's own tone, so only confident regions stand out. */
  mid: Rgb;
  /** P(class 1) = 1, or a unit's most positive response. */
  high: Rgb;
  /** The outline of every data point: it must stand apart from low, mid and high alike. */
  stroke: Rgb;
  /** The centre dot of class 1 points, drawn on a `high` fill. */
  dot: Rgb;
}

export const LIGHT_HEAT_PALETTE: HeatPalette = {
  low: [245, 147, 34],
  mid: [232, 234, 235],
  high: [8, 119, 189],
  stroke: [24, 24, 27],
  dot: [255, 255, 255],
};

/** The CSS variable holding each colour, as `#rrggbb`. */
export const HEAT_VARIABLES: Record<keyof HeatPalette, string> = {
  low: "--heat-low",
  mid: "--heat-mid",
  high: "--heat-high",
  stroke: "--heat-stroke",
  dot: "--heat-dot",
};

/** `#rgb` or `#rrggbb` (what globals.css declares) as numbers; anything else is null. */
export function parseHex(text: string): Rgb | null {
  const t = text.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(t);
  if (short) return [1, 2, 3].map((i) => parseInt(short[i]!.repeat(2), 16)) as Rgb;
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(t);
  return long ? ([1, 2, 3].map((i) => parseInt(long[i]!, 16)) as Rgb) : null;
}

/** The palette from a variable reader (getComputedStyle(...).getPropertyValue), colour by colour over the defaults. */
export function readHeatPalette(read: (variable: string) => string): HeatPalette {
  const palette = { ...LIGHT_HEAT_PALETTE };
  for (const key of Object.keys(HEAT_VARIABLES) as (keyof HeatPalette)[]) {
    palette[key] = parseHex(read(HEAT_VARIABLES[key])) ?? LIGHT_HEAT_PALETTE[key];
  }
  return palette;
}

export const cssRgb = ([r, g, b]: Rgb) => `rgb(${r} ${g} ${b})`;

/** WCAG relative luminance, for the contrast checks on the palettes. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
