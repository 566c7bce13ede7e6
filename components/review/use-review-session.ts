"use client";

import { useEffect, useRef, useState } from "react";
import { pickAt, picksRight } from "@/lib/content/choice-order";
import { proposeRating } from "@/lib/srs/rating-proposal";
import type { ExerciseAttempt } from "../exercise/derivation-workspace";
import { postReview, sent } from "./post-review";
import { summarize, type RatedReview } from "./session-summary";
import type { ReviewEntry, SessionStart } from "./types";

type Grade = 1 | 2 | 3 | 4;

/**
 * One review visit's state (the order of its items, where the learner is, what is revealed and picked) and its
 * actions: reveal, pick, check, rate, undo, and skip, bury or suspend the current item.
 */
export function useReviewSession(entries: ReviewEntry[], cram: boolean, start?: SessionStart) {
  const [order, setOrder] = useState(entries);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [picked, setPicked] = useState<number[]>([]);
  const [attempt, setAttempt] = useState<ExerciseAttempt | null>(null);
  const [proposed, setProposed] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [history, setHistory] = useState<RatedReview[]>([]);
  // Made before this page loaded (a reload forgets the visit's own history): the server's word on what may be undone.
  const [earlier, setEarlier] = useState(cram ? null : (start?.undoable ?? null));
  const [buriedUntil, setBuriedUntil] = useState<string[]>([]);
  const started = useRef(0);
  // One id per item attempt: a retry after a network error reuses it, so the server writes the review once.
  const reviewId = useRef<string | null>(null);
  const entry = order[index];
  useEffect(() => {
    started.current = Date.now();
  }, []);

  function resetFor(next: number, note: string | null = null) {
    setIndex(next);
    setRevealed(false);
    setPicked([]);
    setAttempt(null);
    setProposed(undefined);
    setMessage(note);
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
    const expectedMs = 60_000 * entry.exercise.definition.ask.length;
    setProposed(proposeRating({ score: a.result.score, elapsedMs: a.elapsedMs, hintsUsed: a.hintsUsed, expectedMs }));
    setRevealed(true);
  }

  async function rate(rating: number) {
    if (!entry || !revealed || busy || rating < 1 || rating > 4) return;
    if (cram) return resetFor(index + 1);
    reviewId.current ??= crypto.randomUUID();
    const id = reviewId.current;
    const durationMs = Math.min(elapsed(), 86_400_000);
    setBusy(true);
    const body = {
      reviewId: id,
      itemId: entry.itemId,
      rating: rating as Grade,
      durationMs,
      exercise: attempt ? sent(attempt) : undefined,
    };
    const res = await postReview<{ due: string }>("/api/reviews", body);
    if (res.ok) {
      setHistory((h) => [...h, { reviewId: id, index, rating, durationMs, due: res.value.due }]);
      resetFor(index + 1);
    } else setMessage(res.error);
    setBusy(false);
  }

  async function undo() {
    const last = history.at(-1);
    if ((!last && !earlier) || busy) return;
    setBusy(true);
    const res = await postReview("/api/reviews/undo", { reviewId: last?.reviewId ?? earlier });
    if (res.ok && last) {
      setHistory((h) => h.slice(0, -1));
      resetFor(last.index, "Last rating undone.");
    } else if (res.ok) {
      // Its item is not among this visit's: the page loads again, with the item back in the queue.
      setEarlier(null);
      setMessage("Last rating undone.");
      window.location.reload();
    } else {
      // A rating from before this page that can no longer be undone (rated again elsewhere) is not offered again.
      if (!last) setEarlier(null);
      setMessage(res.error);
    }
    setBusy(false);
  }

  /** Moves the current item to the end of this visit, unrated. */
  function skip() {
    if (!entry || busy || index >= order.length - 1) return;
    setOrder((o) => [...o.slice(0, index), ...o.slice(index + 1), o[index]!]);
    resetFor(index, "Skipped: it comes back at the end of this session.");
  }

  /** Buries (until the learner's next day) or suspends the current item, which leaves this visit. */
  async function setAside(how: "bury" | "suspend") {
    if (!entry || busy || cram) return;
    setBusy(true);
    const res = await postReview<{ buriedUntil?: string }>(`/api/reviews/${how}`, { itemId: entry.itemId });
    if (res.ok) {
      const until = res.value.buriedUntil;
      if (until) setBuriedUntil((b) => [...b, until]);
      setOrder((o) => o.filter((_, i) => i !== index));
      resetFor(index, how === "bury" ? "Buried until tomorrow." : "Suspended: bring it back from your progress page.");
    } else setMessage(res.error);
    setBusy(false);
  }

  const summary = summarize(history, [start?.nextDue ?? null, ...buriedUntil]);
  const canUndo = !cram && (history.length > 0 || earlier !== null);
  const actions = { reveal, pick, checked, rate, undo, skip, setAside };
  return { entries: order, entry, index, revealed, picked, proposed, busy, message, canUndo, summary, ...actions };
}
