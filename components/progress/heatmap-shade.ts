/**
 * The fill of a heatmap day: none is a neutral cell, and more reviews read as more intense in both themes. On the
 * light page that is darker green; on the dark page it is brighter green, because a darker green there would sink
 * into the background and read as less.
 */
export function heatmapShade(count: number, max: number): string {
  if (count === 0) return "fill-zinc-100 dark:fill-zinc-800";
  const r = count / Math.max(1, max);
  if (r > 0.75) return "fill-emerald-700 dark:fill-emerald-300";
  if (r > 0.5) return "fill-emerald-500 dark:fill-emerald-500";
  if (r > 0.25) return "fill-emerald-400 dark:fill-emerald-700";
  return "fill-emerald-200 dark:fill-emerald-900";
}
