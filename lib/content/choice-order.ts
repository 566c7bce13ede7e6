// Pure and browser-safe. Every MCQ in the library lists its right answer first, so choices are shown in an order
// drawn from a seed: per learner on a card page, per learner and per review in a session. The seed is derived, not
// stored, so a reload, the graded GET form and the server agree on the order; picks travel as choice ids (the
// choice's place in the content file), never as positions on screen.
import { createRandom } from "@/lib/engine";

/** A 32-bit FNV-1a hash of the parts, each ended by a NUL so ("ab", "c") and ("a", "bc") differ. */
export function choiceSeed(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (const ch of `${part}\u0000`) {
      h ^= ch.codePointAt(0)!;
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** The choice ids 0 … count − 1 in the order they are shown: a Fisher–Yates shuffle driven by the seed. */
export function choiceOrder(count: number, seed: number): number[] {
  const rand = createRandom(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = rand.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The choices in their shown order, each with its id. */
export function orderChoices<T>(choices: readonly T[], seed: number): Array<T & { id: number }> {
  return choiceOrder(choices.length, seed).map((id) => ({ ...choices[id]!, id }));
}

/**
 * The picked ids after choosing the choice at a shown position (a click, or the number key of that position): the
 * one pick for a single-answer question, toggled in or out for a select-all one. Out of range changes nothing.
 */
export function pickAt(
  shown: ReadonlyArray<{ id: number }>,
  picked: readonly number[],
  position: number,
  multiple: boolean,
): number[] {
  const choice = shown[position];
  if (!choice) return [...picked];
  if (!multiple) return [choice.id];
  return picked.includes(choice.id) ? picked.filter((id) => id !== choice.id) : [...picked, choice.id];
}

/** Right when exactly the correct choices are picked, by id. */
export function picksRight(shown: ReadonlyArray<{ id: number; correct: boolean }>, picked: readonly number[]): boolean {
  return shown.every((c) => c.correct === picked.includes(c.id));
}
