import type { ExerciseAttempt } from "../exercise/derivation-workspace";

/** What of an exercise attempt the server re-checks: its own copy of the result is never sent. */
export const sent = (a: ExerciseAttempt) => ({
  seed: a.seed,
  instance: a.instance,
  answers: a.answers,
  hintsUsed: a.hintsUsed,
  elapsedMs: a.elapsedMs,
});

/** One POST to a review route: the parsed answer when it succeeds, else the message to show the learner. */
export async function postReview<T>(
  path: string,
  body: unknown,
): Promise<{ ok: true; value: T } | { ok: false; status: number; error: string }> {
  try {
    const res = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = (await res.json().catch(() => ({}))) as T & { error?: string };
    if (res.ok) return { ok: true, value: answer };
    return {
      ok: false,
      status: res.status,
      error:
        res.status === 401
          ? "You are signed out, so this was not saved. Sign in and try again."
          : (answer.error ?? `Saving failed (HTTP ${res.status}).`),
    };
  } catch {
    return { ok: false, status: 0, error: "The server could not be reached; nothing was saved. Try again." };
  }
}
