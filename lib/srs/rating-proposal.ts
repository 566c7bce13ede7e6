import { Rating, type Grade } from "./scheduler";

export interface AttemptSignals {
  /** 1 for a right MCQ or a full-marks exercise; a fraction for partial credit. */
  score: number;
  elapsedMs: number;
  hintsUsed: number;
  /** How long a fluent answer takes for this item (an MCQ is quick, a 3-4-2 derivation is not). */
  expectedMs: number;
}

/**
 * The rating an MCQ or exercise attempt suggests; the learner can change it before it is saved.
 * Wrong is Again; right with help or struggling is Hard; right in normal time is Good; right quickly and unaided is Easy.
 */
export function proposeRating({ score, elapsedMs, hintsUsed, expectedMs }: AttemptSignals): Grade {
  if (score < 0.5) return Rating.Again;
  if (score < 1 || hintsUsed >= 2) return Rating.Hard;
  if (hintsUsed === 1 || elapsedMs > 2 * expectedMs) return Rating.Hard;
  if (elapsedMs < expectedMs / 2) return Rating.Easy;
  return Rating.Good;
}
