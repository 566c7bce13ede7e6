import type { Metadata } from "next";
import { ReviewFilters } from "@/components/review/review-filters";
import { ReviewSession } from "@/components/review/review-session";
import { LinkButton } from "@/components/ui/button";
import { signInPath } from "@/lib/auth/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { listDecks, listTags } from "@/lib/content/repository";
import { getReviewSession } from "@/lib/review/data";
import { lastUndoableReview } from "@/lib/review/steer";
import { reviewEntry } from "@/components/review/entries";
import { sessionFilterSchema } from "@/lib/review/schema";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ searchParams }: PageProps<"/review">) {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="mx-auto max-w-lg space-y-4 py-12 text-center">
        <h1 className="text-3xl font-bold tracking-tight">Review what is due</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          Spaced repetition needs to remember what you reviewed and when, so reviews are saved to an account. Reading
          cards and trying exercises needs none.
        </p>
        <LinkButton href={signInPath("/review")}>Sign in to review</LinkButton>
      </div>
    );
  }
  const filter = sessionFilterSchema.parse(await searchParams);
  const now = new Date();
  const [session, decks, tags, undoable] = await Promise.all([
    getReviewSession(filter, now),
    listDecks(),
    listTags(),
    lastUndoableReview(now),
  ]);
  const entries = (await Promise.all(session.items.map((q) => reviewEntry(q, now)))).filter((e) => e !== null);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <ReviewSession
        key={JSON.stringify(filter)}
        start={{ undoable, nextDue: session.nextDue }}
        entries={entries}
        cram={filter.cram}
        heading={<h1 className="text-3xl font-bold tracking-tight">{filter.cram ? "Cram" : "Review"}</h1>}
        filters={
          <ReviewFilters
            filter={filter}
            decks={decks}
            tags={tags.map((t) => t.tag)}
            sessionOnScreen={entries.length > 0}
          />
        }
        queue={{
          due: session.due,
          laterToday: session.laterToday,
          fresh: session.fresh,
          newToday: session.newToday,
          newPerDay: session.settings.newPerDay,
        }}
      />
    </div>
  );
}
