"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/use-hydrated";
import { usePreHydrationValues } from "@/components/use-pre-hydration-values";
import { checkAnswers, type CheckResult } from "@/lib/exercises/check";
import { instanceFingerprint } from "@/lib/exercises/fingerprint";
import { askedQuantities, buildInstance, MAX_SEED, type ExerciseDefinition } from "@/lib/exercises/instance";
import { AnswerGrid } from "./answer-grid";
import { boxOf, boxValue } from "./box-id";
import { checkOnServer, readEntries, type ServerState } from "./server-check";
import { CheckResultPanel } from "./check-result";
import { HintList } from "./hint-list";

export interface ExerciseAttempt {
  seed: number;
  /** Fingerprint of the numbers on screen, so the server refuses to grade against numbers it has since changed. */
  instance: string;
  answers: Record<string, string[][]>;
  hintsUsed: number;
  elapsedMs: number;
  result: CheckResult;
}

interface Props {
  exerciseId: string;
  definition: ExerciseDefinition;
  seed: number;
  hints: ReactNode[];
  /** In a review session: told about every checked attempt, and "New numbers" is hidden (the session draws them). */
  onChecked?: (attempt: ExerciseAttempt) => void;
}

export function DerivationWorkspace({ exerciseId, definition, seed, hints, onChecked }: Props) {
  const router = useRouter();
  const asked = useMemo(() => askedQuantities(definition), [definition]);
  const instance = useMemo(() => instanceFingerprint(buildInstance(definition, seed)), [definition, seed]);
  const [values, setValues] = useState<Record<string, string[][]>>(() =>
    Object.fromEntries(asked.map((q) => [q.ask, Array.from({ length: q.rows }, () => Array<string>(q.cols).fill(""))])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [hintsShown, setHintsShown] = useState(0);
  const [instant, setInstant] = useState<CheckResult | null>(null);
  const [server, setServer] = useState<ServerState>({ verified: false });
  const [busy, setBusy] = useState(false);
  const focusResult = useRef(false);
  useEffect(() => {
    if (!instant || !focusResult.current) return;
    focusResult.current = false;
    // Scrolled to the top of the view, not just into it: the rating buttons come right after the result.
    const heading = document.getElementById("result-heading");
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: "start" });
  }, [instant]);
  // Time taken is measured from when the exercise appeared on screen.
  const started = useRef(0);
  useEffect(() => {
    started.current = Date.now();
  }, []);

  function change(ask: string, row: number, col: number, value: string) {
    setValues((v) => ({
      ...v,
      [ask]: v[ask]!.map((r, i) => (i === row ? r.map((c, j) => (j === col ? value : c)) : r)),
    }));
    setErrors((e) => {
      const { [`${ask}|${row}|${col}`]: _gone, ...rest } = e;
      return rest;
    });
  }
  // The boxes are keyed by their id, `ask|row|col` (answer-grid.tsx).
  const form = useRef<HTMLFormElement>(null);
  usePreHydrationValues(
    form,
    (key) => boxValue(asked, values, key),
    (key, value) => {
      const [ask, row, col] = boxOf(key);
      change(ask, row, col, value);
    },
  );
  // Until React owns the form, a submit would reload the page (the form has no action) and lose every entry.
  const hydrated = useHydrated();

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Unreadable entries get an inline message and cost nothing: no check, nothing sent.
    const { numbers, found } = readEntries(asked, values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(Object.keys(found)[0]!)?.focus();
      return;
    }
    const local = checkAnswers(definition, seed, numbers);
    setInstant(local);
    // In a review the next step is a rating by key (1-4), which an answer box would swallow as typing ("1/2" became
    // "1/23"): the keyboard moves to the result, which a screen reader then reads. On a card page it stays put, so
    // entries can be corrected.
    if (onChecked) focusResult.current = true;
    const elapsedMs = Date.now() - started.current;
    onChecked?.({ seed, instance, answers: values, hintsUsed: hintsShown, elapsedMs, result: local });
    setServer({ verified: false });
    setBusy(true);
    setServer(await checkOnServer(exerciseId, { seed, instance, answers: values, hintsUsed: hintsShown, elapsedMs }));
    setBusy(false);
  }

  const revealHint = () => setHintsShown((n) => Math.min(n + 1, hints.length));

  function newNumbers() {
    const next = crypto.getRandomValues(new Uint32Array(1))[0]! % MAX_SEED;
    router.push(`/cards/${exerciseId}?seed=${next}`);
  }

  const shown = server.verified ? server.result : instant;
  const verdicts = shown ? Object.fromEntries(shown.quantities.map((q) => [q.ask, q.entries])) : {};
  return (
    <div className="space-y-5">
      <form
        ref={form}
        onSubmit={submit}
        className="space-y-4"
        noValidate
        aria-label="Your answers"
        data-answers
        data-hydrated={hydrated ? "" : undefined}
      >
        {asked.map((q) => (
          <AnswerGrid
            key={q.ask}
            asked={q}
            values={values[q.ask]!}
            errors={errors}
            verdicts={verdicts[q.ask]}
            onChange={(i, j, v) => change(q.ask, i, j, v)}
          />
        ))}
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          Type decimals, fractions (3/8), scientific notation (1.5e-3) or arithmetic such as 0.25*(1-0.25) or
          sigmoid(0.4) (exp, ln, sqrt and tanh work too). An entry is right within 1% or 0.001, whichever is looser.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={busy || !hydrated}>
            {busy ? "Checking…" : "Check my answers"}
          </Button>
          <noscript>
            <span className="text-sm text-zinc-500 dark:text-zinc-400">Checking answers needs JavaScript.</span>
          </noscript>
          {onChecked ? null : (
            <Button type="button" onClick={newNumbers} variant="secondary">
              New numbers
            </Button>
          )}
        </div>
      </form>
      <HintList hints={hints} shown={hintsShown} onReveal={revealHint} />
      {!server.verified && server.error ? <Alert tone="warning">{server.error}</Alert> : null}
      {shown ? (
        <CheckResultPanel
          result={shown}
          verified={server.verified}
          solution={server.verified ? server.solution : undefined}
          nextHint={
            hintsShown < hints.length
              ? { number: hintsShown + 1, total: hints.length, onReveal: revealHint }
              : undefined
          }
        />
      ) : null}
    </div>
  );
}
