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

/**
 * A number for an SVG attribute, rounded to `decimals` places (default 2: a hundredth of a user unit,
 * far below a pixel). Plotted values often come from Math.exp, Math.log10, Math.cos…, whose last bits
 * differ between Node's V8 (the server render) and the browser's, so at full precision the server's
 * attribute and the hydration render's disagree and React throws the server HTML away. Rounded, they
 * agree (barring a value within an ulp of a rounding tie), and the HTML is smaller.
 */
export function svgNum(x: number, decimals: 0 | 1 | 2 | 3 = 2): number {
  // A table, not 10 ** decimals: exact in every engine without relying on pow.
  const scale = [1, 10, 100, 1000][decimals]!;
  return Math.round(x * scale) / scale;
}
