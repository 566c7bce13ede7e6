import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { getReviewSession } from "@/lib/review/data";
import { sessionFilterSchema } from "@/lib/review/schema";

export const metadata: Metadata = { title: "Start here" };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// Where sign-up lands: a new learner sees what a day here looks like before the account page's forms.
export default async function StartPage() {
  const user = await requireUser("/start");
  // Limit 0: only the counts (the same ones /review starts from), none of the per-item interval previews.
  const { due, fresh, settings } = await getReviewSession(sessionFilterSchema.parse({}), new Date(), 0);
  const firstVisit = due === 0;
  return (
    <div className="mx-auto max-w-2xl space-y-8 py-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Start here</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          Signed in as <strong className="font-semibold text-zinc-900 dark:text-zinc-100">{user.email}</strong>. Here is
          how a day here works.
        </p>
      </div>
      <ol className="list-decimal space-y-6 pl-6 marker:font-semibold">
        <li className="space-y-3">
          <h2 className="text-lg font-semibold">Review</h2>
          <p className="text-zinc-700 dark:text-zinc-300" data-testid="start-queue">
            {fresh === 0 && due === 0
              ? "Nothing is waiting right now: today's new items are done."
              : firstVisit
                ? `Your first session brings ${plural(fresh, "new item", "new items")} (up to ${settings.newPerDay} a day).`
                : `${plural(due, "item is", "items are")} due and ${plural(fresh, "new item waits", "new items wait")}.`}
          </p>
          <LinkButton href="/review" className="shadow-sm">
            {firstVisit ? "Start your first review" : "Go to review"}
          </LinkButton>
        </li>
        <li className="space-y-3">
          <h2 className="text-lg font-semibold">Browse</h2>
          <p className="text-zinc-700 dark:text-zinc-300">
            Read any card, try the multiple-choice questions and exercises, or review one deck at a time from its page.
          </p>
          <LinkButton href="/" variant="secondary">
            Browse decks
          </LinkButton>
        </li>
        <li className="space-y-3">
          <h2 className="text-lg font-semibold">Set your day</h2>
          <p className="text-zinc-700 dark:text-zinc-300">
            A review day runs in {settings.timeZone} and starts at {settings.dayStartHour}:00. If that is not your day,
            change it, and the daily number of new items, in Settings.
          </p>
          <LinkButton href="/settings" variant="secondary">
            Open settings
          </LinkButton>
        </li>
      </ol>
      <section aria-labelledby="srs-heading" className="space-y-2 rounded-xl bg-zinc-100 p-4 dark:bg-zinc-900">
        <h2 id="srs-heading" className="font-semibold">
          How reviews come back
        </h2>
        <p className="text-sm leading-6 text-zinc-700 dark:text-zinc-300">
          After each answer you rate how well you knew it. Spaced repetition then schedules the item: one you knew comes
          back after a longer gap each time, days and then weeks; one you missed comes back soon. Come back each day and
          Review shows what is due.
        </p>
      </section>
    </div>
  );
}
