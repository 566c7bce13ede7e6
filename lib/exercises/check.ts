// Pure and browser-safe: the browser runs it for instant feedback, the server for the authoritative verdict.
import {
  backprop,
  compareQuantity,
  diagnose,
  diagnoseEntries,
  firstWrongStep,
  HAND_TOLERANCE,
  MISTAKES,
  type EntrySubmission,
  type MistakeId,
  type Submission,
} from "@/lib/engine";
import { askedQuantities, buildInstance, entryOf, gridOf, type ExerciseDefinition } from "./instance";
import { MISTAKE_CARDS } from "./mistake-cards";

/** Per-entry tolerance, documented for learners on the exercise page. */
export const TOLERANCE = HAND_TOLERANCE;

export interface QuantityVerdict {
  ask: string;
  ok: boolean;
  right: number;
  total: number;
  /** rows × cols, true where the entry is right. */
  entries: boolean[][];
}

export interface MistakeFound {
  /** The quantity (dW2), or the single entry when that is what was asked (dW1[1][0]). */
  quantity: string;
  mistake: MistakeId;
  title: string;
  explanation: string;
  cardId: string;
}

export interface CheckResult {
  /** Mean over asked quantities of the fraction of entries right, 0..1. */
  score: number;
  quantities: QuantityVerdict[];
  /** The earliest wrong asked quantity along the chain, or null when all are right. */
  firstWrongStep: string | null;
  mistakes: MistakeFound[];
}

/** Answers are already numbers here: parsing and shape checks happen at the boundary (see request.ts). */
export function checkAnswers(
  def: ExerciseDefinition,
  seed: number,
  answers: Record<string, number[][]>,
  // A caller that already built the instance passes it, so it is not drawn twice.
  spec = buildInstance(def, seed),
): CheckResult {
  const truth = backprop(spec);
  const asked = askedQuantities(def);
  const quantities = asked.map((q): QuantityVerdict => {
    const expected = gridOf(truth[q.key], q);
    const submitted = answers[q.ask] ?? [];
    const cmp = compareQuantity(expected, submitted, TOLERANCE);
    const entries = expected.map((row, i) =>
      row.map((_, j) => (cmp.entries === null ? false : (cmp.entries as boolean[][])[i]?.[j] === true)),
    );
    const right = entries.flat().filter(Boolean).length;
    return { ask: q.ask, ok: cmp.ok, right, total: q.rows * q.cols, entries };
  });

  // The chain order decides the first wrong step; single entries stand in for their quantity.
  const verdicts: Record<string, boolean> = {};
  for (const [i, q] of asked.entries()) verdicts[q.key] = (verdicts[q.key] ?? true) && quantities[i]!.ok;
  const first = firstWrongStep(verdicts);
  const firstAsk = first === null ? null : (asked.find((q) => q.key === first)?.ask ?? first);

  // Whole quantities are diagnosed as grids; a single asked entry against the same entry of each mistake's version.
  const whole: Submission = {};
  const single: EntrySubmission[] = [];
  for (const q of asked) {
    if (q.index.length === 0) whole[q.key] = answers[q.ask] as number[][];
    else {
      const value = answers[q.ask]?.[0]?.[0];
      const [row, col] = entryOf(q);
      if (typeof value === "number" && Number.isFinite(value)) single.push({ quantity: q.key, row, col, value });
    }
  }
  // An entry's diagnosis is shown under the ask the learner answered (dW1[1][0]), not the whole quantity's name.
  const entryAsk = (key: string) => asked.find((q) => q.key === key && q.index.length > 0)?.ask ?? key;
  const found = [
    ...diagnose(spec, whole, TOLERANCE),
    ...diagnoseEntries(spec, single, TOLERANCE).map((d) => ({ ...d, quantity: entryAsk(d.quantity) })),
  ];
  const mistakes = found.map((d): MistakeFound => ({
    quantity: d.quantity,
    mistake: d.mistake,
    title: MISTAKES[d.mistake].title,
    explanation: MISTAKES[d.mistake].explanation,
    cardId: MISTAKE_CARDS[d.mistake],
  }));

  const score = quantities.reduce((s, q) => s + q.right / q.total, 0) / quantities.length;
  return { score, quantities, firstWrongStep: firstAsk, mistakes };
}

export interface MistakeGroup extends Omit<MistakeFound, "quantity"> {
  /** Where it shows, in chain order: one mistake carried down the chain is named once, with every place it reached. */
  quantities: string[];
}

/** The diagnosed mistakes, one entry per mistake in order of first appearance. */
export function groupMistakes(mistakes: readonly MistakeFound[]): MistakeGroup[] {
  const groups = new Map<MistakeId, MistakeGroup>();
  for (const { quantity, ...m } of mistakes) {
    const group = groups.get(m.mistake);
    if (group) group.quantities.push(quantity);
    else groups.set(m.mistake, { ...m, quantities: [quantity] });
  }
  return [...groups.values()];
}
