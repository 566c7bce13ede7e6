import type { QuantityKey } from "@/lib/engine";

// The substituted TeX itself comes from lib/exercises/solution-tex.ts, shared with the exercise solutions.
export { substitutedSteps, texMatrix } from "@/lib/exercises/solution-tex";

/** The left-hand side of each step, for the value and the list of steps done. */
export const STEP_SYMBOL: Record<QuantityKey, string> = {
  z1: "z_1",
  a1: "a_1",
  z2: "z_2",
  a2: "a_2",
  loss: "L",
  dz2: "\\delta_2",
  dW2: "dW_2",
  db2: "db_2",
  da1: "da_1",
  dz1: "\\delta_1",
  dW1: "dW_1",
  db1: "db_1",
  dx: "dx",
};
