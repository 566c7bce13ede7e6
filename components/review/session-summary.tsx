import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";

/** One rating of this visit, as the summary counts it. */
export interface RatedReview {
  reviewId: string;
  index: number;
  rating: number;
  durationMs: number;
  /** When the rating scheduled the card next. */
  due: string;
}

/** What the visit did: ratings (Again is wrong, the rest right), the time they took, and the next card's due. */
export function summarize(rated: RatedReview[], laterDues: Array<string | null>) {
  const dues = [...rated.map((r) => r.due), ...laterDues].filter((d): d is string => d !== null);
  const wrong = rated.filter((r) => r.rating === 1).length;
  return {
    reviewed: rated.length,
    right: rated.length - wrong,
    wrong,
    minutes: Math.round(rated.reduce((n, r) => n + r.durationMs, 0) / 60_000),
    nextDue: dues.length ? dues.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null,
  };
}

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { weekday: "short", hour: "numeric", minute: "2-digit" });

/** The end of a visit. A status region, so a screen reader hears it when the last card goes. */
export function SessionSummary(props: { summary: ReturnType<typeof summarize>; empty: boolean; cram: boolean }) {
  const s = props.summary;
  return (
    <Card role="status" className="space-y-3 p-8 text-center">
      <p className="text-xl font-semibold">
        {props.empty ? "Nothing is due right now." : `Session done: ${s.reviewed} reviewed.`}
      </p>
      {s.reviewed > 0 ? (
        <p data-session-summary="">
          {s.right} right, {s.wrong} wrong (Again) · {s.minutes < 1 ? "under a minute" : `${s.minutes} min`}
        </p>
      ) : null}
      <p className="text-zinc-600 dark:text-zinc-400">
        {props.cram
          ? "Cramming changed no schedule."
          : s.nextDue
            ? `Next card due ${when(s.nextDue)}.`
            : "Come back when more cards are due."}
      </p>
      <TextLink href="/progress">See your progress</TextLink>
    </Card>
  );
}
