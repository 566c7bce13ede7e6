import type { ReactNode } from "react";
import { Mdx } from "./mdx";

/** The boxed prompt at the top of every card kind; `label` says what kind of answer is expected. */
export function QuestionPanel({ label, source }: { label: ReactNode; source: string }) {
  return (
    <section aria-labelledby="question-heading" className="rounded-2xl border border-zinc-200 p-6 dark:border-zinc-800">
      <h2
        id="question-heading"
        className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 dark:text-zinc-400 uppercase"
      >
        {label}
      </h2>
      <Mdx source={source} />
    </section>
  );
}
