// `npm run bench -- --only hardening,cold-start` runs some parts only: a figure can be measured again on a quiet
// machine without the 20 minutes of the rest.
/** The parts `npm run bench -- --only a,b` may pick; with no --only every part runs, in this order. */
export const PARTS = [
  "engine",
  "content",
  "due-queue",
  "http-check",
  "review-writes",
  "page-weight",
  "lighthouse",
  "playground",
  "hardening",
  "cold-start",
] as const;
export type Part = (typeof PARTS)[number];

export function wantedParts(args: readonly string[]): ReadonlySet<Part> {
  const at = args.findIndex((a) => a === "--only" || a.startsWith("--only="));
  if (at < 0) return new Set(PARTS);
  const list = (args[at]!.includes("=") ? args[at]!.split("=")[1] : args[at + 1]) ?? "";
  const names = list.split(",").filter(Boolean);
  const unknown = names.filter((n) => !(PARTS as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes a comma-separated list of: ${PARTS.join(", ")} (got "${list}")`);
  }
  return new Set(names as Part[]);
}
