import type { Metadata } from "next";
import Link from "next/link";
import { DueTodayRule } from "@/components/review/due-today-rule";
import { ForecastChart } from "@/components/progress/forecast-chart";
import { Heatmap } from "@/components/progress/heatmap";
import { MasteryTable } from "@/components/progress/mastery-table";
import { TagMastery } from "@/components/progress/tag-mastery";
import { Button, LinkButton } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { MISTAKES, type MistakeId } from "@/lib/engine";
import { unsuspendItem } from "@/lib/review/actions";
import { getProgress } from "@/lib/review/progress";

export const metadata: Metadata = { title: "Progress" };

const Stat = ({ label, value, note }: { label: string; value: string | number; note?: string }) => (
  <div className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
    <p className="text-2xl font-bold tabular-nums">{value}</p>
    <p className="text-sm text-zinc-500 dark:text-zinc-400">{label}</p>
    {note && <p className="text-xs text-zinc-500 dark:text-zinc-400">{note}</p>}
  </div>
);

export default async function ProgressPage() {
  // Signed out, the page sends the learner to sign in and back; getProgress reads the same session.
  await requireUser("/progress");
  const p = await getProgress();
  return (
    <div className="space-y-10">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
        <div className="flex gap-3 text-sm">
          <LinkButton href="/review" size="sm">
            Review now
          </LinkButton>
          <LinkButton href="/cards" variant="secondary" size="sm">
            All cards
          </LinkButton>
          <LinkButton href="/settings" variant="secondary" size="sm">
            Settings, export and import
          </LinkButton>
        </div>
      </header>
      <section aria-label="Summary" className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Stat
          label="due today"
          value={p.dueToday}
          note={p.dueLaterToday ? `${p.dueLaterToday} of them later today` : undefined}
        />
        <Stat label="due tomorrow" value={p.dueTomorrow} />
        <Stat label="day streak" value={p.streak} />
        <Stat label="reviews this year" value={p.reviews} />
        <Stat label="true retention" value={p.retention === null ? "–" : `${Math.round(p.retention * 100)}%`} />
      </section>
      <DueTodayRule />
      <section aria-labelledby="forecast-h" className="space-y-2">
        <h2 id="forecast-h" className="text-xl font-semibold">
          Due over the next 30 days
        </h2>
        <ForecastChart forecast={p.forecast} />
      </section>
      <section aria-labelledby="heatmap-h" className="space-y-2">
        <h2 id="heatmap-h" className="text-xl font-semibold">
          Reviews per day
        </h2>
        <Heatmap days={p.heatmap} />
      </section>
      <section>
        <MasteryTable
          caption="Mastery per deck"
          rows={p.decks.map((d) => ({
            key: d.id,
            label: d.title,
            items: d.items,
            mastered: d.mastered,
            started: d.started,
          }))}
        />
      </section>
      <TagMastery tags={p.tags} />
      <section aria-labelledby="exercise-h" className="grid gap-8 md:grid-cols-2">
        <div>
          <h2 id="exercise-h" className="mb-2 font-semibold">
            Exercise accuracy per quantity
          </h2>
          {p.quantities.length === 0 ? (
            <p className="text-sm text-zinc-500 dark:text-zinc-400">No exercises reviewed yet.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {p.quantities.map((q) => (
                <li key={q.ask} className="flex justify-between font-mono">
                  <span>{q.ask}</span>
                  <span>
                    {q.right}/{q.total} right
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h2 className="mb-2 font-semibold">Mistakes you make most</h2>
          {p.mistakes.length === 0 ? (
            <p className="text-sm text-zinc-500 dark:text-zinc-400">None diagnosed yet.</p>
          ) : (
            <ol className="space-y-1 text-sm">
              {p.mistakes.map((m) => (
                <li key={m.mistake}>
                  {MISTAKES[m.mistake as MistakeId]?.title ?? m.mistake}: {m.count}×
                </li>
              ))}
            </ol>
          )}
        </div>
      </section>
      <section aria-labelledby="leech-h" className="space-y-2">
        <h2 id="leech-h" className="text-xl font-semibold">
          Leeches
        </h2>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          Items failed 8 times are suspended, so they stop eating your sessions; rework them, then bring them back.
          Items you suspend from a review are listed here too.
        </p>
        {p.leeches.length === 0 ? (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">No leeches.</p>
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {p.leeches.map((l) => (
              <li key={l.itemId} className="flex items-center justify-between gap-3 p-3 text-sm">
                <Link href={`/cards/${l.itemId}`} className="underline">
                  {l.title}
                </Link>
                <span className="text-zinc-500 dark:text-zinc-400">{l.lapses} lapses</span>
                {l.suspended ? (
                  <form action={unsuspendItem}>
                    <input type="hidden" name="itemId" value={l.itemId} />
                    <Button type="submit" variant="secondary" size="xs">
                      Unsuspend
                    </Button>
                  </form>
                ) : (
                  <span className="text-emerald-700 dark:text-emerald-300">back in rotation</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
