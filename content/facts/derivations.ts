// Computable numbers the derivations deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import type { Fact } from "@/lib/content/facts";

export const derivationsFacts = {} satisfies Record<string, Fact>;
