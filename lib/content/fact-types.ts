// A leaf: content/facts/<deck>.ts import this type, and lib/content/facts.ts imports those tables, so the type
// cannot live in facts.ts without an import circle.

/**
 * Numbers that content states and that can be computed, kept beside the text in content/facts/<deck>.ts. Content writes `<Fact k="sigmoid-prime-5" />` and the page
 * shows `stated`; a test recomputes each one and checks `stated` to its significant digits. The number in the text is
 * the number that was checked, so the two cannot drift apart.
 */
export interface Fact {
  stated: number;
  /** Significant digits the stated value claims. */
  digits: number;
  compute: () => number;
  /** What is computed, for the test's message. */
  what: string;
  /** "plain" writes a very small value as decimals (0.00002) where the text sets it beside other decimals. */
  notation?: "plain";
}
