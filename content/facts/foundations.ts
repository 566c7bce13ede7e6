// Computable numbers the foundations deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import type { Fact } from "@/lib/content/facts";

export const foundationsFacts = {
  "mlp-784-128-10-params": {
    stated: 101770,
    digits: 6,
    what: "weights and biases of a fully connected 784-128-10 network",
    compute: () => 784 * 128 + 128 + 128 * 10 + 10,
  },
} satisfies Record<string, Fact>;
