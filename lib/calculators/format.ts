/**
 * Number formatting for the "formula with the numbers substituted" strings. Display only:
 * every result also carries the full-precision numbers.
 */

/** `sig` significant digits; scientific notation (KaTeX `\times 10^{k}`) outside [1e-4, 1e6). */
export function fmt(x: number, sig = 4): string {
  if (x === 0) return "0";
  if (!Number.isFinite(x)) return x > 0 ? "\\infty" : Number.isNaN(x) ? "\\text{NaN}" : "-\\infty";
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e6) return String(Number(x.toPrecision(sig)));
  const [mantissa = "0", exponent = "0"] = x.toExponential(sig - 1).split("e");
  return `${Number(mantissa)} \\times 10^{${Number(exponent)}}`;
}

/** A parenthesised number when negative, for substitution after an operator: 2 − (−3). */
export function paren(x: number, sig = 4): string {
  const s = fmt(x, sig);
  return x < 0 ? `(${s})` : s;
}

export function fmtVector(v: readonly number[], sig = 4): string {
  return `[${v.map((x) => fmt(x, sig)).join(", ")}]`;
}

/** Plain text for explanations shown as prose, not TeX: 3e-12, 0.0316 (a real minus sign, read as "minus"). */
export function plain(x: number, sig = 3): string {
  if (x === 0) return "0";
  const a = Math.abs(x);
  const s = a >= 1e-4 && a < 1e6 ? String(Number(x.toPrecision(sig))) : x.toExponential(sig - 1).replace(/\.?0+e/, "e");
  return s.replace(/^-/, "−");
}
