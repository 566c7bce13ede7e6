/**
 * The engine's gradCheck laid out for display: one row per parameter entry (analytic vs
 * numeric, relative error, verdict), a summary per parameter and overall, and a note when
 * a ReLU kink sits within ε of some pre-activation (where finite differences mislead).
 * The report also sweeps ε (eps-sweep.ts): a large error at one ε may be the step, not the
 * backward pass, and only the error at the curve's best ε can tell them apart.
 *
 * Relative error is the engine's relError: |a − n| / max(1e-6, |a|, |n|).
 */
import { EngineInputError, forward, gradCheck, GRAD_CHECK_PARAMS, relError, type TwoLayerSpec } from "@/lib/engine";
import {
  ACCEPTABLE_REL_ERROR,
  diagnoseCurve,
  errorCurve,
  GOOD_REL_ERROR,
  type CurvePoint,
  type EpsDiagnosis,
} from "./eps-sweep";
import { fmt, paren, plain } from "./format";
import { counted, num } from "./validate";

export type Verdict = "great" | "fine" | "suspicious" | "wrong";

export interface VerdictBand {
  verdict: Verdict;
  /** The band holds relative errors strictly below this (Infinity for the last). */
  below: number;
  explanation: string;
}

/** Bands as in CS231n's rule of thumb, for float64 and central differences. */
export const VERDICT_BANDS: readonly VerdictBand[] = [
  {
    verdict: "great",
    below: GOOD_REL_ERROR,
    explanation: "Agrees to float64 finite-difference precision: the gradient is right.",
  },
  {
    verdict: "fine",
    below: ACCEPTABLE_REL_ERROR,
    explanation: "Small disagreement, typical of curvature or a large ε; almost surely right.",
  },
  {
    verdict: "suspicious",
    below: 1e-3,
    explanation: "Too large for smooth float64 maths: check for a kink (ReLU near 0) or a subtle bug.",
  },
  {
    verdict: "wrong",
    below: Infinity,
    // At one ε this is only a band: round-off (ε too small) or truncation (too large) lands here as well as a bug.
    explanation: "Analytic and numeric gradients disagree by more than finite differences at a well-chosen ε explain.",
  },
];

/** The bands as words, each with both ends ("wrong from 1e-3 up", not "wrong below ∞"). */
export function bandLegend(bands: readonly VerdictBand[] = VERDICT_BANDS): string {
  return bands
    .map((b, i) => {
      const lo = i === 0 ? null : bands[i - 1]!.below;
      if (lo === null) return `${b.verdict} below ${plain(b.below)}`;
      return Number.isFinite(b.below)
        ? `${b.verdict} from ${plain(lo)} to ${plain(b.below)}`
        : `${b.verdict} from ${plain(lo)} up`;
    })
    .join(", ");
}

export function verdictFor(relativeError: number): VerdictBand {
  const r = num(relativeError, "relativeError", { min: 0 });
  return VERDICT_BANDS.find((b) => r < b.below)!;
}

export interface GradientRow {
  /** "W1" … "x" from the engine, or any name passed to gradientTable. */
  param: string;
  /** "W1[0][1]", "b2[0]". */
  label: string;
  analytic: number;
  numeric: number;
  absError: number;
  relError: number;
  verdict: Verdict;
}

export interface GradientSummary {
  param: string;
  maxRelError: number;
  verdict: Verdict;
}

export interface GradientTable {
  rows: GradientRow[];
  params: GradientSummary[];
  overall: { maxRelError: number; verdict: Verdict; explanation: string; worst: GradientRow | null; formula: string };
}

/**
 * Builds the table from any analytic/numeric pairs (flat or nested arrays of the same
 * shape), so a deliberately wrong gradient can be shown too.
 */
export function gradientTable(
  entries: readonly {
    param: string;
    analytic: number | number[] | number[][];
    numeric: number | number[] | number[][];
  }[],
): GradientTable {
  const rows: GradientRow[] = [];
  const params: GradientSummary[] = [];
  for (const e of entries) {
    const a = [e.analytic].flat(2);
    const n = [e.numeric].flat(2);
    // undefined: a scalar; null: a vector; else each row's length (a matrix).
    const shape = !Array.isArray(e.analytic)
      ? undefined
      : Array.isArray(e.analytic[0])
        ? (e.analytic as number[][]).map((r) => r.length)
        : null;
    if (a.length !== n.length)
      throw new EngineInputError(
        e.param,
        `${e.param}: analytic has ${counted(a.length, "entry", "entries")}, numeric ${n.length}`,
      );
    let maxRel = 0;
    for (let i = 0; i < a.length; i++) {
      const av = num(a[i], `${e.param}.analytic`);
      const nv = num(n[i], `${e.param}.numeric`);
      const rel = relError(av, nv);
      maxRel = Math.max(maxRel, rel);
      rows.push({
        param: e.param,
        label: labelFor(e.param, i, shape),
        analytic: av,
        numeric: nv,
        absError: Math.abs(av - nv),
        relError: rel,
        verdict: verdictFor(rel).verdict,
      });
    }
    params.push({ param: e.param, maxRelError: maxRel, verdict: verdictFor(maxRel).verdict });
  }
  const worst = rows.reduce<GradientRow | null>((w, r) => (w === null || r.relError > w.relError ? r : w), null);
  const maxRelError = worst?.relError ?? 0;
  const band = verdictFor(maxRelError);
  const formula =
    worst === null
      ? ""
      : `\\frac{|a - n|}{\\max(10^{-6}, |a|, |n|)} = \\frac{|${fmt(worst.analytic, 8)} - ${paren(worst.numeric, 8)}|}{${fmt(Math.max(1e-6, Math.abs(worst.analytic), Math.abs(worst.numeric)), 8)}} = ${fmt(maxRelError, 3)}`;
  return {
    rows,
    params,
    overall: { maxRelError, verdict: band.verdict, explanation: band.explanation, worst, formula },
  };
}

/** Row-major index i of a flattened entry as "p[i]" or "p[r][c]". */
function labelFor(param: string, i: number, rowLengths: number[] | null | undefined): string {
  if (rowLengths === undefined) return param;
  if (rowLengths === null) return `${param}[${i}]`;
  let r = 0;
  let rest = i;
  while (r < rowLengths.length && rest >= rowLengths[r]!) rest -= rowLengths[r++]!;
  return `${param}[${r}][${rest}]`;
}

export interface GradientCheckReport extends GradientTable {
  eps: number;
  /** The hidden layer is ReLU and some pre-activation lies within ε of 0. */
  nearKink: boolean;
  kinkNote: string | null;
  /** The largest relative error at each ε of the sweep and at the chosen one, in increasing ε. */
  curve: CurvePoint[];
  /** What the curve says: agreement, ε too small or too large, a kink, or a bug. */
  diagnosis: EpsDiagnosis;
}

/** Runs the engine's gradCheck on a two-layer spec and lays it out. */
export function gradientCheckReport(spec: TwoLayerSpec, options: { eps?: number } = {}): GradientCheckReport {
  const r = gradCheck(spec, options); // validates spec and eps
  const table = gradientTable(
    GRAD_CHECK_PARAMS.map((p) => ({ param: p, analytic: r.params[p].analytic, numeric: r.params[p].numeric })),
  );
  // The nearest pre-activation to the kink decides, for any ε, whether θ ± ε can straddle it.
  const kinkDistance = spec.hidden === "relu" ? Math.min(...forward(spec).z1.flat().map(Math.abs)) : Infinity;
  const nearKinkAt = (eps: number) => kinkDistance <= eps;
  const nearKink = nearKinkAt(r.eps);
  const curve = errorCurve((eps) => (eps === r.eps ? r : gradCheck(spec, { eps })).maxRelError, r.eps);
  const diagnosis = diagnoseCurve(curve, r.eps, { nearKinkAt });
  return {
    ...table,
    overall: { ...table.overall, explanation: diagnosis.explanation },
    eps: r.eps,
    curve,
    diagnosis,
    nearKink,
    kinkNote: nearKink
      ? "A ReLU pre-activation is within ε of 0: the two finite-difference points straddle the kink, so a large error there is the kink, not a bug."
      : null,
  };
}
