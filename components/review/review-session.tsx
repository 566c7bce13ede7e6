"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LazyDerivationWorkspace, usePreloadedWorkspace } from "../exercise/lazy-workspace";
import { IntroductionOrderNote } from "./introduction-order-note";
import { McqReview } from "./mcq-review";
import { QueueSummary, type QueueCounts } from "./queue-summary";
import { RatingBar } from "./rating-bar";
import { SessionSummary } from "./session-summary";
import { SteerBar } from "./steer-bar";
import type { ReviewEntry, SessionStart } from "./types";
import { useItemArrival } from "./use-item-arrival";
import { useReviewKeys } from "./use-review-keys";
import { useReviewSession } from "./use-review-session";

interface Props {
  entries: ReviewEntry[];
  cram: boolean;
  /**
   * The page's heading and filters, rendered here around the header's counts because those follow the learner's
   * ratings, which only the session knows.
   */
  heading: ReactNode;
  filters: ReactNode;
  queue: QueueCounts;
  start?: SessionStart;
}

export function ReviewSession({ entries: loaded, cram, heading, filters, queue, start }: Props) {
  const session = useReviewSession(loaded, cram, start);
  // The visit's own order: a skip moves an item to the end, a burial or suspension takes it out.
  const { entries } = session;
  usePreloadedWorkspace(loaded.some((e) => e.kind === "derivation"));
  useReviewKeys(session.revealed, session);
  const item = useItemArrival<HTMLDivElement>(session.index);
  const setAside = loaded.filter((e) => !entries.includes(e));
  return (
    <>
      <header className="space-y-2">
        {heading}
        <QueueSummary queue={queue} entries={entries} rated={session.index} cram={cram} setAside={setAside} />
      </header>
      {filters}
      <IntroductionOrderNote entries={entries} cram={cram} />
      {/* Focused (not a tab stop) when the next item arrives; after a rating key, the ring shows where the keyboard is. */}
      <div ref={item} tabIndex={-1} role="group" aria-label="Current item">
        <SessionItem session={session} entries={entries} cram={cram} />
      </div>
      <SteerBar
        onItem={session.entry !== undefined}
        canUndo={session.canUndo}
        cram={cram}
        busy={session.busy}
        onUndo={session.undo}
        onSkip={session.skip}
        onSetAside={session.setAside}
      />
    </>
  );
}

/** The current item with its reveal and rating controls, or the end of the visit. Exported for its tests. */
export function SessionItem(props: {
  session: ReturnType<typeof useReviewSession>;
  entries: ReviewEntry[];
  cram: boolean;
}) {
  const { entries, cram } = props;
  const { entry, index, revealed, picked, proposed, busy, message, reveal, pick, checked, rate } = props.session;
  const total = entries.length;
  const back = revealed && entry?.back ? <Card className="p-5">{entry.back}</Card> : null;
  // A checked exercise is judged by its result, so its rating comes right after it; the explanation is further
  // reading below. Before it, the rating bar sat under the explanation, out of view once an exercise was checked.
  // Q&A and MCQ answers are what the learner rates themselves against, so there the back stays first.
  const backAfterRating = entry?.kind === "derivation";
  if (!entry) return <SessionSummary summary={props.session.summary} empty={total === 0} cram={cram} />;
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <div className="flex justify-between text-sm text-zinc-500 dark:text-zinc-400">
          <span>
            {entry.isNew ? "New" : "Due"} · {entry.title}
          </span>
          <span>{total - index} left</span>
        </div>
        <div
          role="progressbar"
          aria-label="Session progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={index}
          className="h-2 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800"
        >
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${(100 * index) / total}%` }} />
        </div>
      </div>
      <div key={entry.itemId + index} className="space-y-4">
        {entry.front}
        {entry.choices ? (
          <McqReview choices={entry.choices} picked={picked} revealed={revealed} onToggle={pick} />
        ) : null}
        {entry.exercise ? (
          <LazyDerivationWorkspace
            exerciseId={entry.itemId}
            definition={entry.exercise.definition}
            seed={entry.exercise.seed}
            hints={entry.exercise.hints}
            onChecked={checked}
          />
        ) : null}
        {backAfterRating ? null : back}
      </div>
      {message ? <Alert tone="warning">{message}</Alert> : null}
      {revealed ? (
        <RatingBar intervals={entry.intervals} proposed={proposed} disabled={busy} onRate={rate} />
      ) : entry.kind !== "derivation" ? (
        <Button type="button" onClick={reveal} size="lg" className="w-full">
          {entry.kind === "mcq" ? "Check" : "Show answer"}{" "}
          <kbd data-key-hint className="ml-2 text-xs opacity-80">
            Space
          </kbd>
        </Button>
      ) : null}
      {backAfterRating ? back : null}
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        <span data-key-hint>Keys: Space reveals · 1–4 rate · Ctrl/⌘+Z undoes the last rating. </span>
        {cram ? "Cram mode: nothing is saved." : null}
      </p>
    </div>
  );
}
