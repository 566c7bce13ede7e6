"use client";

import { useEffect, useRef, useState } from "react";
import { pickAt, picksRight } from "@/lib/content/choice-order";
import { proposeRating } from "@/lib/srs/rating-proposal";
import type { ExerciseAttempt } from "../exercise/derivation-workspace";
import type { ReviewEntry } from "./types";

type Grade = 1 | 2 | 3 | 4;

/** One review visit's state (where the learner is, what is revealed and picked) and its actions: reveal, pick, check, rate, undo. */
export function useReviewSession(entries: ReviewEntry[], cram: boolean) {
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
      const right = picksRight(entry.choices, picked);
      setProposed(proposeRating({ score: right ? 1 : 0, elapsedMs: elapsed(), hintsUsed: 0, expectedMs: 30_000 }));
    }
    setRevealed(true);
  }

  /** Picks the choice at a shown position (its number key): picks are kept as choice ids, which grading reads. */
  function pick(position: number) {
    const choices = entry?.choices;
    if (!choices || revealed || position >= choices.length) return;
    const multiple = choices.filter((c) => c.correct).length > 1;
    setPicked((p) => pickAt(choices, p, position, multiple));
  }

  function checked(a: ExerciseAttempt) {
    if (!entry?.exercise) return;
    setAttempt(a);
    setProposed(
      proposeRating({
        score: a.result.score,
        elapsedMs: a.elapsedMs,
        hintsUsed: a.hintsUsed,
        expectedMs: 60_000 * entry.exercise.definition.ask.length,
      }),
    );
    setRevealed(true);
  }

  async function rate(rating: number) {
    if (!entry || !revealed || busy || rating < 1 || rating > 4) return;
    if (cram) return resetFor(index + 1);
    reviewId.current ??= crypto.randomUUID();
    const id = reviewId.current;
    const exercise = attempt
      ? {
          seed: attempt.seed,
          instance: attempt.instance,
          answers: attempt.answers,
          hintsUsed: attempt.hintsUsed,
          elapsedMs: attempt.elapsedMs,
        }
      : undefined;
    setBusy(true);
    try {
      const res = await fetch("/api/reviews", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          reviewId: id,
          itemId: entry.itemId,
          rating: rating as Grade,
          durationMs: Math.min(elapsed(), 86_400_000),
          exercise,
        }),
      });
      if (res.ok) {
        setHistory((h) => [...h, { reviewId: id, index }]);
        resetFor(index + 1);
      } else {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        setMessage(
          res.status === 401
            ? "You are signed out, so this rating was not saved. Sign in and rate it again."
            : (body.error ?? `Saving failed (HTTP ${res.status}).`),
        );
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
      const res = await fetch("/api/reviews/undo", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ reviewId: last.reviewId }),
      });
      if (res.ok) {
        setHistory((h) => h.slice(0, -1));
        resetFor(last.index);
        setMessage("Last rating undone.");
      } else setMessage(((await res.json().catch(() => ({}))) as { error?: string }).error ?? "Undo failed.");
    } finally {
      setBusy(false);
    }
  }

  return { entry, index, revealed, picked, proposed, busy, message, reveal, pick, checked, rate, undo };
}
