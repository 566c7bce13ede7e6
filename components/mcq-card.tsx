import Link from "next/link";
import { Button } from "@/components/ui/button";
import { gradeMcq } from "@/lib/content/answers";
import type { ItemView } from "@/lib/content/repository";
import { McqChoice } from "./mcq-choice";
import { Mdx } from "./mdx";
import { QuestionPanel } from "./question-panel";

// A GET form: submitting works without JavaScript, and the graded view is a URL like any other page. Picks are
// choice ids (a choice's place in the content file); `order` is the ids in the order shown, drawn from a seed the
// page derives again for the graded view, so both show the same order.
export function McqCard({ item, picked, order }: { item: ItemView; picked: number[] | undefined; order: number[] }) {
  const multiple = item.choices.filter((c) => c.correct).length > 1;
  const grade = picked ? gradeMcq(item.choices, picked) : undefined;
  return (
    // Keyed by the pick: "Reset" is a client-side link, and without a new form the old pick stayed checked in it.
    <form key={picked?.join(",") ?? "none"} action={`/cards/${item.id}`} method="get" className="space-y-5" data-mcq>
      <input type="hidden" name="checked" value="1" />
      <QuestionPanel
        label={`Question · ${multiple ? "select all that apply" : "pick one"}`}
        source={item.sections.question}
      />
      {grade ? (
        <p
          role="status"
          className={`rounded-xl px-4 py-3 font-semibold ${
            grade.correct
              ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100"
              : "bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100"
          }`}
        >
          {grade.correct
            ? "✓ Correct."
            : picked?.length
              ? "✗ Not quite. Read why below."
              : "Pick at least one choice before submitting."}
        </p>
      ) : null}
      <fieldset>
        <legend className="sr-only">Choices</legend>
        <ol className="space-y-3">
          {order.map((id, position) => (
            <McqChoice
              key={id}
              id={id}
              position={position}
              text={item.choices[id]!.text}
              why={item.choices[id]!.why}
              multiple={multiple}
              picked={picked?.includes(id) ?? false}
              outcome={grade && picked?.length ? grade.outcomes[id] : undefined}
            />
          ))}
        </ol>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">{grade ? "Check again" : "Check answer"}</Button>
        {grade ? (
          <Link href={`/cards/${item.id}`} className="text-sm underline">
            Reset
          </Link>
        ) : null}
        <span data-key-hint className="text-xs text-zinc-500 dark:text-zinc-400">
          Keys: 1–{item.choices.length} pick, Enter checks
        </span>
      </div>
      {grade && picked?.length && item.sections.explanation ? (
        <section aria-labelledby="explanation-heading" className="rounded-2xl bg-zinc-50 p-6 dark:bg-zinc-900">
          <h3
            id="explanation-heading"
            className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 dark:text-zinc-400 uppercase"
          >
            Explanation
          </h3>
          <Mdx source={item.sections.explanation} />
        </section>
      ) : null}
    </form>
  );
}
