// Pure and browser-safe: the same (exercise, seed) gives the same numbers in the browser and on the server.
import { z } from "zod";
import type { AskedKey, ExerciseDefinition } from "./definition";
import {
  backprop,
  BACKWARD_KEYS,
  compareQuantity,
  downstreamOf,
  FORWARD_KEYS,
  generateInstance,
  HAND_TOLERANCE,
  forwardSlips,
  slips,
  validateSpec,
  type BackwardKey,
  type QuantityKey,
  type QuantityValue,
  type TwoLayerSpec,
} from "@/lib/engine";

export const MAX_SEED = 2 ** 31 - 1;
export const seedSchema = z.coerce
  .number({ error: "seed must be a number" })
  .int("seed must be a whole number")
  .min(0, "seed must be ≥ 0")
  .max(MAX_SEED, `seed must be ≤ ${MAX_SEED}`);
/** The seed in a JSON body: a number, because coercion would also read [], null, true or "" as a seed (0 or 1). */
export const jsonSeedSchema = z
  .number({ error: "seed must be a number" })
  .int("seed must be a whole number")
  .min(0, "seed must be ≥ 0")
  .max(MAX_SEED, `seed must be ≤ ${MAX_SEED}`);

/** A seed in an API query string: decimal digits only (no "0x10", "1e3" or " 5"), then the usual range. */
export const querySeedSchema = z
  .string({ error: "seed is required" })
  .regex(/^\d{1,10}$/, "seed must be a whole number written in digits")
  .transform(Number)
  .pipe(jsonSeedSchema);

/** How many further draws buildInstance tries when a seed's numbers leave nothing to test (see buildInstance). */
export const MAX_REDRAWS = 32;

/**
 * The instance of an exercise for a seed. A draw is replaced when it leaves nothing to test:
 *  - an answer of all zeros would pass some asked quantity (every entry within the check's absolute tolerance of 0:
 *    every hidden ReLU dead, an input of 0 under the one asked weight gradient, a prediction equal to its target);
 *  - a classic mistake made at one step (the engine's `slips`) would pass every asked quantity it reaches, so a
 *    learner who makes it is graded right on numbers meant to catch it. Most often every hidden ReLU that matters is
 *    on: the mask is all ones, so forgetting σ′ changes nothing, and z₁ = a₁, so z₁ in place of a₁ in dW₂ goes
 *    unseen. Also a symmetric W₁ (δ₁W₁ = δ₁W₁ᵀ), σ′ at a within the tolerance of σ′ at z on small gradients, the
 *    other rows of δ summing to about 0 (one row taken for the bias gradient).
 *  - where forward quantities are asked, a forward-pass slip (a bias left out, W read by rows, log₁₀ for ln) would
 *    pass every asked quantity it reaches: a symmetric W₁, a bias near 0.
 * The replacement is the next of a fixed sequence derived from the seed, so the same seed still gives the same
 * numbers in the browser and on the server.
 */
export function buildInstance(def: ExerciseDefinition, seed: number): TwoLayerSpec {
  const asked = askedQuantities(def);
  const reached = reachedAsks(asked);
  let first: TwoLayerSpec | undefined;
  for (let k = 0; k <= MAX_REDRAWS; k++) {
    // k = 0 is the seed itself, so every seed whose own numbers test something keeps them.
    const spec = drawInstance(def, k === 0 ? seed : seed + k * 0x9e3779b9);
    if (!leavesNothingToTest(asked, reached, spec)) return spec;
    first ??= spec;
  }
  // A definition that leaves nothing to test on every draw (pinned inputs of 0) is the author's choice: keep the first.
  return first!;
}

/** For each backward step, the asked quantities a slip there would reach (the step itself and what is computed from it). */
function reachedAsks(asked: AskedQuantity[]): Map<BackwardKey, AskedQuantity[]> {
  const reached = new Map<BackwardKey, AskedQuantity[]>();
  for (const step of BACKWARD_KEYS) {
    const keys: readonly string[] = [step, ...downstreamOf(step)];
    const hit = asked.filter((q) => keys.includes(q.key));
    if (hit.length > 0) reached.set(step, hit);
  }
  return reached;
}

function leavesNothingToTest(
  asked: AskedQuantity[],
  reached: Map<BackwardKey, AskedQuantity[]>,
  spec: TwoLayerSpec,
): boolean {
  const truth = backprop(spec);
  // Zeros graded right for some asked quantity: |v| ≤ the absolute tolerance in every entry.
  const zerosPass = asked.some((q) =>
    gridOf(truth[q.key], q).every((row) => row.every((v) => Math.abs(v) <= HAND_TOLERANCE.abs)),
  );
  if (zerosPass) return true;
  // Compared exactly as checkAnswers compares a submission with the truth.
  const passes = (q: AskedQuantity, pass: Partial<Record<QuantityKey, QuantityValue>>) =>
    compareQuantity(gridOf(truth[q.key], q), gridOf(pass[q.key]!, q), HAND_TOLERANCE).ok;
  for (const { step, pass } of slips(spec, [...reached.keys()], truth)) {
    if (reached.get(step)!.every((q) => passes(q, pass))) return true;
  }
  // A forward slip (a bias left out, W read by rows, log₁₀) that every asked forward quantity it reaches lets
  // through. Exercises that ask only gradients are not redrawn for these: a forgotten bias often moves one gradient
  // entry by less than the tolerance, and gradients are what such an exercise tests.
  if (!asked.some((q) => (FORWARD_KEYS as readonly string[]).includes(q.key))) return false;
  for (const { reaches, pass } of forwardSlips(spec, truth)) {
    const hit = asked.filter((q) => reaches.includes(q.key));
    if (hit.length > 0 && hit.every((q) => passes(q, pass))) return true;
  }
  return false;
}

function drawInstance(def: ExerciseDefinition, seed: number): TwoLayerSpec {
  const generated = generateInstance(
    {
      ...def.network,
      ranges: def.ranges,
      decimals: def.decimals,
      allowReluZero: def.allowReluZero,
      targets: def.targets,
      inputs: def.inputs,
    },
    seed,
  );
  // Pinned parameters override the drawn ones; validateSpec re-checks every shape after the override.
  const spec = { ...generated, ...def.fixed };
  validateSpec(spec);
  return spec;
}

export interface AskedQuantity {
  /** As written in the exercise: `dW1` or `dW1[0][1]`. */
  ask: string;
  key: AskedKey;
  /** Indices of a single asked entry; empty for a whole quantity. */
  index: number[];
  rows: number;
  cols: number;
  /** What rows and columns mean, for the input grid's labels. */
  rowLabel: string;
  colLabel: string;
}

type Dims = { n: number; dIn: number; h: number; dOut: number };

const SHAPES: Record<AskedKey, (d: Dims) => [number, number, string, string]> = {
  z1: (d) => [d.n, d.h, "example", "hidden unit"],
  a1: (d) => [d.n, d.h, "example", "hidden unit"],
  z2: (d) => [d.n, d.dOut, "example", "output"],
  a2: (d) => [d.n, d.dOut, "example", "output"],
  loss: () => [1, 1, "", ""],
  dz2: (d) => [d.n, d.dOut, "example", "output"],
  dW2: (d) => [d.h, d.dOut, "hidden unit", "output"],
  db2: (d) => [1, d.dOut, "", "output"],
  da1: (d) => [d.n, d.h, "example", "hidden unit"],
  dz1: (d) => [d.n, d.h, "example", "hidden unit"],
  dW1: (d) => [d.dIn, d.h, "input", "hidden unit"],
  db1: (d) => [1, d.h, "", "hidden unit"],
  dx: (d) => [d.n, d.dIn, "example", "input"],
};

const ASK = /^([a-zA-Z0-9]+)((?:\[\d+\]){0,2})$/;

/** Resolves each asked quantity to its grid shape; throws with the offending ask when an index is out of range. */
export function askedQuantities(def: ExerciseDefinition): AskedQuantity[] {
  const dims = def.network;
  return def.ask.map((ask) => {
    const m = ASK.exec(ask);
    const key = m?.[1] as AskedKey | undefined;
    if (!m || !key || !(key in SHAPES)) throw new Error(`unknown quantity in ask "${ask}"`);
    const [rows, cols, rowLabel, colLabel] = SHAPES[key](dims);
    const index = [...m[2]!.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    const isVector = rows === 1 && key !== "loss";
    const wanted = key === "loss" ? 0 : isVector ? 1 : 2;
    if (index.length > 0) {
      if (index.length !== wanted) throw new Error(`ask "${ask}" needs ${wanted} index${wanted === 1 ? "" : "es"}`);
      const bounds = isVector ? [cols] : [rows, cols];
      index.forEach((v, i) => {
        if (v >= bounds[i]!) throw new Error(`ask "${ask}": index ${v} is out of range (size ${bounds[i]})`);
      });
      return { ask, key, index, rows: 1, cols: 1, rowLabel: "", colLabel: "" };
    }
    return { ask, key, index, rows, cols, rowLabel, colLabel };
  });
}

/** The engine's value of an asked quantity as a rows × cols grid. */
export function gridOf(value: number | number[] | number[][], asked: AskedQuantity): number[][] {
  const grid =
    typeof value === "number" ? [[value]] : Array.isArray(value[0]) ? (value as number[][]) : [value as number[]];
  if (asked.index.length === 0) return grid;
  const [i, j] = entryOf(asked);
  return [[grid[i]![j]!]];
}

/** Row and column of a single asked entry in its quantity's grid: a vector's entries sit in row 0. */
export function entryOf(asked: AskedQuantity): [row: number, col: number] {
  return asked.index.length === 1 ? [0, asked.index[0]!] : [asked.index[0]!, asked.index[1]!];
}

export type { QuantityKey, ExerciseDefinition };
