import { formatFact, isFactKey } from "@/lib/content/facts";

/** A computed number in content (see lib/content/facts.ts); unknown keys never reach here, the loader refuses them. */
export function Fact({ k }: { k: string }) {
  return <span className="tabular-nums">{isFactKey(k) ? formatFact(k) : k}</span>;
}
