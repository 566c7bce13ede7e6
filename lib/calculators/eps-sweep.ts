/**
 * The finite-difference error curve over ε, and what it says about a gradient check.
 *
 * A central difference has two errors pulling in opposite directions: round-off, about
 * ε_mach·|L|/ε (the two losses share almost every digit, so their difference keeps only
 * the last few), and truncation, about ε²·|L‴|/6 (the quotient is exact only for a
 * quadratic). On log axes the curve is a V: slope −1 on the left, +2 on the right. A large
 * error at the chosen ε therefore says nothing about the backward pass until one knows
 * whether the error is still large at the bottom of the V. The regions and the verdict are
 * read from the computed curve, never from those formulas: |L‴| is not known, and a ReLU
 * kink or a bug bends the curve in ways no formula predicts.
 */
import { plain } from "./format";
import { num } from "./validate";

/** Relative errors from here up are more than smooth float64 maths explains (the "suspicious" band's start). */
export const ACCEPTABLE_REL_ERROR = 1e-5;
/** The "great" band's end: an ε whose error stays below this (or within 10× the best) is a good one. */
export const GOOD_REL_ERROR = 1e-7;
/** Machine epsilon of float64, for the round-off estimate in the explanations. */
const EPS_MACHINE = 2 ** -52;

/** Half a decade apart from 1e-14 to 1: below 1e-14 the quotient is pure noise, above 1 nothing is local. */
export const SWEEP_EPS: readonly number[] = Array.from({ length: 29 }, (_, k) =>
  Number((10 ** (-14 + k / 2)).toPrecision(3)),
);

export interface CurvePoint {
  eps: number;
  /** The largest relative error over every checked entry at this ε. */
  relError: number;
}

export interface EpsRange {
  from: number;
  to: number;
}

export type EpsCause = "agrees" | "eps-too-small" | "eps-too-large" | "kink" | "bug";

export interface EpsDiagnosis {
  cause: EpsCause;
  /** A short label for the verdict ("ε too small (round-off)"). */
  headline: string;
  explanation: string;
  chosen: CurvePoint;
  /** The bottom of the curve. */
  best: CurvePoint;
  /** The ε around the best whose error is small too (null when even the best is too large). */
  goodRange: EpsRange | null;
  /** ε below the good range, where round-off dominates. */
  roundOff: EpsRange | null;
  /** ε above the good range, where truncation (or a kink within reach) dominates. */
  truncation: EpsRange | null;
}

/** `check` at every grid ε and at the chosen one, in increasing ε. */
export function errorCurve(
  check: (eps: number) => number,
  chosenEps: number,
  grid: readonly number[] = SWEEP_EPS,
): CurvePoint[] {
  const c = num(chosenEps, "eps", { min: Number.MIN_VALUE });
  const all = [...new Set([...grid, c])].sort((a, b) => a - b);
  return all.map((eps) => ({ eps, relError: num(check(eps), "relError", { min: 0 }) }));
}

/** Reads the curve: where its bottom is, which side of it the chosen ε lies, and whether the bottom is low enough. */
export function diagnoseCurve(
  curve: readonly CurvePoint[],
  chosenEps: number,
  options: { nearKinkAt?: (eps: number) => boolean } = {},
): EpsDiagnosis {
  const chosen = curve.find((p) => p.eps === chosenEps);
  if (!chosen) throw new RangeError(`the curve has no point at the chosen ε = ${chosenEps}`);
  const bestIndex = curve.reduce((b, p, i) => (p.relError < curve[b]!.relError ? i : b), 0);
  const best = curve[bestIndex]!;
  const at = `At ε = ${plain(best.eps, 3)} the same gradients agree to ${plain(best.relError, 2)}`;

  if (best.relError >= ACCEPTABLE_REL_ERROR) {
    const kink = options.nearKinkAt?.(best.eps) ?? false;
    return {
      cause: kink ? "kink" : "bug",
      headline: kink ? "ReLU kink" : "bug in the backward pass",
      explanation: kink
        ? `The error stays at ${plain(best.relError, 2)} or more at every ε: a ReLU pre-activation sits within ε of its kink, where the two finite-difference points see different slopes. That is the kink, not a bug.`
        : `Even at the best ε on the curve (${plain(best.eps, 3)}, error ${plain(best.relError, 2)}) analytic and numeric gradients disagree. Finite differences cannot explain that: the backward pass has a bug.`,
      chosen,
      best,
      goodRange: null,
      roundOff: null,
      truncation: null,
    };
  }

  // Within 10× the best counts as good, but never looser than acceptable nor stricter than the "great" band.
  const limit = Math.min(ACCEPTABLE_REL_ERROR, Math.max(10 * best.relError, GOOD_REL_ERROR));
  let lo = bestIndex;
  let hi = bestIndex;
  while (lo > 0 && curve[lo - 1]!.relError < limit) lo--;
  while (hi < curve.length - 1 && curve[hi + 1]!.relError < limit) hi++;
  const goodRange = { from: curve[lo]!.eps, to: curve[hi]!.eps };
  const roundOff = lo > 0 ? { from: curve[0]!.eps, to: curve[lo]!.eps } : null;
  const truncation = hi < curve.length - 1 ? { from: curve[hi]!.eps, to: curve.at(-1)!.eps } : null;
  const use = `so the backward pass is right; use ε from ${plain(goodRange.from, 3)} to ${plain(goodRange.to, 3)}.`;
  const base = { chosen, best, goodRange, roundOff, truncation };

  if (chosen.relError < ACCEPTABLE_REL_ERROR) {
    return {
      ...base,
      cause: "agrees",
      headline: chosen.relError < GOOD_REL_ERROR ? "great" : "fine",
      explanation:
        chosen.relError < GOOD_REL_ERROR
          ? "Agrees to float64 finite-difference precision: the gradient is right."
          : `Small disagreement, typical of finite differences at this ε. ${at}, ${use}`,
    };
  }
  if (chosen.eps < best.eps) {
    return {
      ...base,
      cause: "eps-too-small",
      headline: "ε too small (round-off)",
      explanation: `ε = ${plain(chosen.eps, 3)} is too small: round-off dominates. L(θ + ε) and L(θ − ε) share almost every digit, so their difference keeps only float64's last few, an error of about ε_mach·|L|/ε (ε_mach ≈ ${plain(EPS_MACHINE, 2)}). ${at}, ${use}`,
    };
  }
  const kink = options.nearKinkAt?.(chosen.eps) ?? false;
  return {
    ...base,
    cause: "eps-too-large",
    headline: "ε too large (truncation)",
    explanation: `ε = ${plain(chosen.eps, 3)} is too large: truncation dominates. The central difference is exact only for a quadratic, and its error grows like ε²·|L‴|/6${kink ? "; a step this wide also reaches a ReLU kink" : ""}. ${at}, ${use}`,
  };
}
