"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { proposeRating } from "@/lib/srs/rating-proposal";
import type { ExerciseAttempt } from "../exercise/derivation-workspace";
import { LazyDerivationWorkspace, usePreloadedWorkspace } from "../exercise/lazy-workspace";
import { McqReview } from "./mcq-review";
import { RatingBar } from "./rating-bar";
import type { ReviewEntry } from "./types";
import { useReviewKeys } from "./use-review-keys";

type Grade = 1 | 2 | 3 | 4;

export function ReviewSession({ entries, cram }: { entries: ReviewEntry[]; cram: boolean }) {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [picked, setPicked] = useState<number[]>([]);
  const [attempt, setAttempt] = useState<ExerciseAttempt | null>(null);
  const [proposed, setProposed] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [history, setHistory] = useState<Array<{ reviewId: string; index: number }>>([]);
  const started = useRef(0);
  // One id per item attempt: a retry after a network error reuses it, so the server writes the review once.
  const reviewId = useRef<string | null>(null);
  const entry = entries[index];
  useEffect(() => {
    started.current = Date.now();
  }, []);
  usePreloadedWorkspace(entries.some((e) => e.kind === "derivation"));

  function resetFor(next: number) {
    setIndex(next);
    setRevealed(false);
    setPicked([]);
    setAttempt(null);
    setProposed(undefined);
    setMessage(null);
    reviewId.current = null;
    started.current = Date.now();
  }

  const elapsed = () => (started.current ? Date.now() - started.current : 0);

  function reveal() {
    if (!entry || revealed || entry.kind === "derivation") return;
    if (entry.kind === "mcq" && entry.choices) {
      const right = entry.choices.every((c, i) => c.correct === picked.includes(i));
      setProposed(proposeRating({ score: right ? 1 : 0, elapsedMs: elapsed(), hintsUsed: 0, expectedMs: 30_000 }));
    }
    setRevealed(true);
  }

  function pick(i: number) {
    if (!entry?.choices || revealed || i >= entry.choices.length) return;
    const multiple = entry.choices.filter((c) => c.correct).length > 1;
    setPicked((p) => (multiple ? (p.includes(i) ? p.filter((x) => x !== i) : [...p, i]) : [i]));
  }

  function checked(a: ExerciseAttempt) {
    if (!entry?.exercise) return;
    setAttempt(a);
    setProposed(proposeRating({ score: a.result.score, elapsedMs: a.elapsedMs, hintsUsed: a.hintsUsed, expectedMs: 60_000 * entry.exercise.definition.ask.length }));
    setRevealed(true);
  }

  async function rate(rating: number) {
    if (!entry || !revealed || busy || rating < 1 || rating > 4) return;
    if (cram) return resetFor(index + 1);
    reviewId.current ??= crypto.randomUUID();
    const id = reviewId.current;
    const exercise = attempt ? { seed: attempt.seed, instance: attempt.instance, answers: attempt.answers, hintsUsed: attempt.hintsUsed, elapsedMs: attempt.elapsedMs } : undefined;
    setBusy(true);
    try {
      const res = await fetch("/api/reviews", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ reviewId: id, itemId: entry.itemId, rating: rating as Grade, durationMs: Math.min(elapsed(), 86_400_000), exercise }),
      });
      if (res.ok) {
        setHistory((h) => [...h, { reviewId: id, index }]);
        resetFor(index + 1);
      } else {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        setMessage(res.status === 401 ? "You are signed out, so this rating was not saved. Sign in and rate it again." : (body.error ?? `Saving failed (HTTP ${res.status}).`));
      }
    } catch {
      setMessage("The server could not be reached; nothing was saved. Rate again to retry.");
    } finally {
      setBusy(false);
    }
  }

  async function undo() {
    const last = history.at(-1);
    if (!last || busy) return;
    setBusy(true);
    try {
      const res = await fetch("/api/reviews/undo", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ reviewId: last.reviewId }) });
      if (res.ok) {
        setHistory((h) => h.slice(0, -1));
        resetFor(last.index);
        setMessage("Last rating undone.");
      } else setMessage(((await res.json().catch(() => ({}))) as { error?: string }).error ?? "Undo failed.");
    } finally {
      setBusy(false);
    }
  }

  useReviewKeys(revealed, { reveal, rate, pick, undo });

  const total = entries.length;
  if (!entry) {
    return (
      <div role="status" className="space-y-3 rounded-2xl border border-zinc-200 p-8 text-center dark:border-zinc-800">
        <p className="text-xl font-semibold">{total === 0 ? "Nothing is due right now." : `Session done: ${total} reviewed.`}</p>
        <p className="text-zinc-600 dark:text-zinc-400">{cram ? "Cramming changed no schedule." : "Come back when more cards are due."}</p>
        <Link href="/progress" className="text-brand-600 underline dark:text-brand-100">See your progress</Link>
      </div>
    );
  }
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <div className="flex justify-between text-sm text-zinc-500 dark:text-zinc-400">
          <span>{entry.isNew ? "New" : "Due"} · {entry.title}</span>
          <span>{total - index} left</span>
        </div>
        <div role="progressbar" aria-label="Session progress" aria-valuemin={0} aria-valuemax={total} aria-valuenow={index} className="h-2 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800">
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${(100 * index) / total}%` }} />
        </div>
      </div>
      <div key={entry.itemId + index} className="space-y-4">
        {entry.front}
        {entry.choices ? <McqReview choices={entry.choices} picked={picked} revealed={revealed} onToggle={pick} /> : null}
        {entry.exercise ? (
          <LazyDerivationWorkspace exerciseId={entry.itemId} definition={entry.exercise.definition} seed={entry.exercise.seed} hints={entry.exercise.hints} onChecked={checked} />
        ) : null}
        {revealed && entry.back ? <div className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">{entry.back}</div> : null}
      </div>
      {message ? <p role="alert" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">{message}</p> : null}
      {revealed ? (
        <RatingBar intervals={entry.intervals} proposed={proposed} disabled={busy} onRate={rate} />
      ) : entry.kind !== "derivation" ? (
        <button type="button" onClick={reveal} className="w-full rounded-xl bg-brand-600 px-4 py-3 font-medium text-white hover:bg-brand-700">
          {entry.kind === "mcq" ? "Check" : "Show answer"} <kbd className="ml-2 text-xs opacity-80">Space</kbd>
        </button>
      ) : null}
      <p className="text-xs text-zinc-500 dark:text-zinc-400">Keys: Space reveals · 1–4 rate · Ctrl/⌘+Z undoes the last rating{cram ? " · cram mode: nothing is saved" : ""}</p>
    </div>
  );
}
