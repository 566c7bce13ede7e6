import path from "node:path";
import { readdirSync, readFileSync } from "node:fs";
import matter from "gray-matter";
import { describe, expect, test } from "vitest";
import { backprop, compareQuantity, generateInstance } from "@/lib/engine";
import { TOLERANCE } from "@/lib/exercises/check";
import { askedQuantities, buildInstance, gridOf, type ExerciseDefinition } from "@/lib/exercises/instance";

// The library's exercises as the loader reads them (frontmatter only; the loader's own tests cover the rest).
const dir = path.resolve(import.meta.dirname, "../../content/items/derivations");
const exercises = readdirSync(dir)
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => {
    const data = matter(readFileSync(path.join(dir, f), "utf8")).data as ExerciseDefinition & { id: string };
    return { id: data.id, def: data };
  });

/**
 * The asked quantities an answer of all zeros passes (every entry within the check's tolerance of 0): nothing to
 * derive, any learner typing 0 is right.
 */
function trivialAsks(def: ExerciseDefinition, seed: number): string[] {
  const truth = backprop(buildInstance(def, seed));
  return askedQuantities(def)
    .filter((q) => {
      const expected = gridOf(truth[q.key], q);
      return compareQuantity(
        expected,
        expected.map((row) => row.map(() => 0)),
        TOLERANCE,
      ).ok;
    })
    .map((q) => `${q.ask} (seed ${seed})`);
}

describe("buildInstance never hands out a trivial instance", () => {
  // Before: e.g. ex-single-neuron-chain-rule asked dW1[0][0] = x₀·δ₁ with x₀ drawn as 0 on ~9% of seeds, and
  // ex-softmax-342-full-backward had every hidden ReLU dead (δ₁, dW₁, db₁ all 0) on ~2%.
  test.each(exercises)("$id: no asked quantity is passed by zeros for seeds 0–1999", ({ def }) => {
    const trivial: string[] = [];
    for (let seed = 0; seed < 2000; seed++) trivial.push(...trivialAsks(def, seed));
    expect(trivial).toEqual([]);
  });

  const single: ExerciseDefinition = {
    network: { dIn: 2, h: 1, dOut: 1, n: 1, hidden: "sigmoid", output: "identity", loss: "mse" },
    ask: ["dW1[0][0]"],
  };

  test("a seed whose first draw is fine keeps it; a trivial one is replaced, the same way every time", () => {
    let replaced = 0;
    for (let seed = 0; seed < 300; seed++) {
      const drawn = generateInstance({ ...single.network }, seed);
      const built = buildInstance(single, seed);
      expect(built).toEqual(buildInstance(single, seed));
      if (Math.abs(backprop(drawn).dW1[0]![0]!) > TOLERANCE.abs) expect(built).toEqual(drawn);
      else replaced++;
    }
    expect(replaced).toBeGreaterThan(0);
  });

  test("a definition that is trivial for every draw still builds (the first draw is kept)", () => {
    // x pinned to 0: dW1 = xᵀδ₁ is 0 whatever the weights are.
    const alwaysZero: ExerciseDefinition = { ...single, inputs: [[0, 0]] };
    expect(backprop(buildInstance(alwaysZero, 3)).dW1).toEqual([[0], [0]]);
  });
});
