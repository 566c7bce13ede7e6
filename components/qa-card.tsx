import { cardClass } from "@/components/ui/card";
import type { ItemView } from "@/lib/content/repository";
import { Mdx } from "./mdx";
import { QuestionPanel } from "./question-panel";

// <details> reveals the answer without any JavaScript; the keyboard helper only toggles it.
export function QaCard({ item }: { item: ItemView }) {
  return (
    <div className="space-y-5">
      <QuestionPanel label="Question" source={item.sections.question} />
      <details data-reveal className={cardClass("group")}>
        <summary className="cursor-pointer list-none rounded-2xl px-6 py-4 font-medium text-brand-600 select-none hover:bg-zinc-50 group-open:rounded-b-none group-open:border-b group-open:border-zinc-200 dark:text-brand-100 dark:hover:bg-zinc-900 dark:group-open:border-zinc-800">
          <span className="group-open:hidden">Show answer</span>
          <span className="hidden group-open:inline">Hide answer</span>
          <kbd
            data-key-hint
            className="ml-2 rounded border border-zinc-300 px-1.5 text-xs text-zinc-500 dark:text-zinc-400 dark:border-zinc-700"
          >
            Space
          </kbd>
        </summary>
        <div className="space-y-6 px-6 py-5">
          <section aria-label="Answer">
            <Mdx source={item.sections.answer ?? ""} />
          </section>
          {item.sections.explanation ? (
            <section
              aria-labelledby="explanation-heading"
              className="border-t border-zinc-200 pt-5 dark:border-zinc-800"
            >
              <h3
                id="explanation-heading"
                className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 dark:text-zinc-400 uppercase"
              >
                Going deeper
              </h3>
              <Mdx source={item.sections.explanation} />
            </section>
          ) : null}
        </div>
      </details>
    </div>
  );
}
