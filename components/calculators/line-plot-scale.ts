// The line plot's geometry: which values are drawn, the ranges they span, ticks, and data-to-SVG coordinates.
import type { Series } from "./line-plot";

export const W = 480;
export const H = 240;
export const PAD = { left: 52, right: 12, top: 12, bottom: 36 };

/** Round tick positions across [lo, hi]. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  const span = hi - lo || 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

/**
 * Where everything goes: the plotted points (log₁₀ x or y when asked, unusable values dropped), ranges and ticks.
 * `sx` and `sy` take plotted (transformed) values; `tfx` and `tf` transform data values.
 */
export function plotScale(options: {
  series: readonly Series[];
  marker?: { x: number; y: number };
  logX?: boolean;
  logY: boolean;
  yInclude: readonly number[];
}) {
  const { series, marker, logX = false, logY, yInclude } = options;
  const tf = (y: number) => (logY ? Math.log10(y) : y);
  const tfx = (x: number) => (logX ? Math.log10(x) : x);
  const usable = (y: number) => Number.isFinite(y) && (!logY || y > 0);
  const usableX = (x: number) => Number.isFinite(x) && (!logX || x > 0);
  const data = series.map((s) => ({
    ...s,
    pts: s.points.filter(([x, y]) => usableX(x) && usable(y)).map(([x, y]) => [tfx(x), tf(y)] as const),
  }));
  const all = data.flatMap((s) => s.pts);
  const xs = all.map(([x]) => x);
  const ys = [...all.map(([, y]) => y), ...yInclude.filter(usable).map(tf)];
  if (marker && usable(marker.y)) ys.push(tf(marker.y));
  let [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (!Number.isFinite(x0)) [x0, x1] = [0, 1];
  if (!Number.isFinite(y0)) [y0, y1] = [0, 1];
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const padY = (y1 - y0) * 0.05;
  [y0, y1] = [y0 - padY, y1 + padY];
  const sx = (x: number) => PAD.left + ((x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - ((y - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
  const yTicks = logY ? ticks(y0, y1).filter((t) => Number.isInteger(t)) : ticks(y0, y1);
  // On a log axis only whole decades get a tick, and more of them: a log range spans many.
  const xTicks = logX ? ticks(x0, x1, 7).filter((t) => Number.isInteger(t)) : ticks(x0, x1);
  return { tf, tfx, usable, usableX, data, x0, x1, y0, y1, sx, sy, xTicks, yTicks };
}
