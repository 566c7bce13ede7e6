import type { ReactNode } from "react";
import { cardClass } from "@/components/ui/card";
import { Mdx } from "./mdx";

/** The boxed prompt at the top of every card kind; `label` says what kind of answer is expected. */
export function QuestionPanel({ label, source }: { label: ReactNode; source: string }) {
  return (
    <section aria-labelledby="question-heading" className={cardClass("p-6")}>
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
