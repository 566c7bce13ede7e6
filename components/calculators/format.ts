/** Plain-text numbers for tables and stats (the TeX versions come from the maths library's formulas). */
export function show(x: number | null | undefined, sig = 4): string {
  if (x === null || x === undefined) return "—";
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (x === 0) return "0";
  const a = Math.abs(x);
  const s = a >= 1e-4 && a < 1e6 ? String(Number(x.toPrecision(sig))) : x.toExponential(sig - 1).replace(/\.?0+e/, "e");
  // A real minus sign reads better and screen readers say "minus".
  return s.replace(/^-/, "−");
}

export function showPair(p: readonly [number, number], sig = 4): string {
  return `(${show(p[0], sig)}, ${show(p[1], sig)})`;
}
