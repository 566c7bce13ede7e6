import { z } from "zod";

// Query-string picks from the MCQ form (`?pick=0&pick=2`); shared by the page and its tests.
export const mcqPicksSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^[0-5]$/, "must be a choice index from 0 to 5")
          .transform(Number),
      )
      .max(6, "at most 6 picks"),
  )
  .transform((picks) => [...new Set(picks)].sort((a, b) => a - b));

export type ChoiceOutcome = "correct-picked" | "correct-missed" | "wrong-picked" | "wrong-unpicked";

export interface McqGrade {
  correct: boolean;
  outcomes: ChoiceOutcome[];
}

/** All-or-nothing: right only when exactly the correct choices are picked. */
export function gradeMcq(choices: ReadonlyArray<{ correct: boolean }>, picked: readonly number[]): McqGrade {
  const set = new Set(picked);
  const outcomes = choices.map((c, i): ChoiceOutcome => {
    if (c.correct) return set.has(i) ? "correct-picked" : "correct-missed";
    return set.has(i) ? "wrong-picked" : "wrong-unpicked";
  });
  const outOfRange = picked.some((p) => p >= choices.length);
  return { correct: !outOfRange && outcomes.every((o) => o === "correct-picked" || o === "wrong-unpicked"), outcomes };
}
