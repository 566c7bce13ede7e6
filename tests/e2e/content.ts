import path from "node:path";
import { loadContent } from "../../lib/content/load";

/** The real library, so browser tests pick their cards and answers from content rather than hard-coding them. */
export async function library() {
  const lib = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  const mcqs = lib.items.flatMap((i) => (i.kind === "mcq" ? [i] : []));
  const singleAnswer = mcqs.find((m) => m.choices.filter((c) => c.correct).length === 1);
  if (!singleAnswer) throw new Error("the library needs a single-answer MCQ for the browser tests");
  return { ...lib, singleAnswer };
}
