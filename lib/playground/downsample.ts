/**
 * Min/max downsampling for the loss curves: split the x range into equal buckets and keep,
 * from each, the points holding its smallest and largest value, in their original order,
 * plus the first and last point. Unlike keeping every k-th point it cannot drop a spike or
 * the bottom of a dip, so a long run keeps its shape at a few hundred points. Buckets are
 * equal in x (epochs), not in count, so a history that is dense in places is evened out.
 */

/**
 * Indices of `points` to keep, increasing. `values` are the series (train loss, test loss…) whose
 * extremes must survive; non-finite values are never chosen as a bucket's extreme. At most
 * 2 · buckets · values.length + 2 indices.
 */
export function minMaxIndices<T>(
  points: readonly T[],
  buckets: number,
  x: (p: T) => number,
  values: readonly ((p: T) => number)[],
): number[] {
  const n = points.length;
  const b = Math.max(1, Math.floor(buckets));
  if (n <= 2 * b * values.length + 2) return points.map((_, i) => i);
  const x0 = x(points[0]!);
  const span = x(points[n - 1]!) - x0;
  const bucketOf = (i: number) =>
    span > 0 && Number.isFinite(span) ? Math.min(b - 1, Math.max(0, Math.floor(((x(points[i]!) - x0) / span) * b))) : 0;
  const keep = new Set<number>([0, n - 1]);
  for (const value of values) {
    const lo = new Array<number>(b).fill(-1);
    const hi = new Array<number>(b).fill(-1);
    for (let i = 0; i < n; i++) {
      const v = value(points[i]!);
      if (!Number.isFinite(v)) continue;
      const k = bucketOf(i);
      if (lo[k] === -1 || v < value(points[lo[k]!]!)) lo[k] = i;
      if (hi[k] === -1 || v > value(points[hi[k]!]!)) hi[k] = i;
    }
    for (const i of [...lo, ...hi]) if (i !== -1) keep.add(i);
  }
  return [...keep].sort((a, c) => a - c);
}

/** The points `minMaxIndices` keeps, in their original order. */
export function downsampleMinMax<T>(
  points: readonly T[],
  buckets: number,
  x: (p: T) => number,
  values: readonly ((p: T) => number)[],
): T[] {
  return minMaxIndices(points, buckets, x, values).map((i) => points[i]!);
}
