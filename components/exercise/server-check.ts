// The workspace's non-visual steps: reading the typed entries, and the authoritative check on the server.
import type { CheckResult } from "@/lib/exercises/check";
import type { AskedQuantity } from "@/lib/exercises/instance";
import { parseAnswer } from "@/lib/exercises/parse-answer";
import type { CheckRequest } from "@/lib/exercises/request";
import type { SolutionStep } from "@/lib/exercises/solution";
import { fetchSolution } from "./fetch-solution";

export type ServerState =
  { verified: true; result: CheckResult; solution?: SolutionStep[] } | { verified: false; error?: string };

/** The typed entries as numbers, and a message for each unreadable one keyed by its cell id (`ask|row|col`). */
export function readEntries(asked: AskedQuantity[], values: Record<string, string[][]>) {
  const found: Record<string, string> = {};
  const numbers: Record<string, number[][]> = {};
  for (const q of asked) {
    numbers[q.ask] = values[q.ask]!.map((row, i) =>
      row.map((text, j) => {
        const parsed = parseAnswer(text);
        if (!parsed.ok) found[`${q.ask}|${i}|${j}`] = parsed.error === "empty" ? "fill this in" : parsed.error;
        return parsed.ok ? parsed.value : Number.NaN;
      }),
    );
  }
  return { numbers, found };
}

/** The server's verdict, with the worked solution fetched after it; a refusal or a lost connection says why. */
export async function checkOnServer(
  exerciseId: string,
  request: CheckRequest & { instance: string },
): Promise<ServerState> {
  try {
    const res = await fetch(`/api/exercises/${exerciseId}/check`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(request),
    });
    const body = await res.json();
    if (!res.ok) return { verified: false, error: body.error ?? `HTTP ${res.status}` };
    return { verified: true, result: body, solution: await fetchSolution(exerciseId, request.seed, request.instance) };
  } catch {
    return { verified: false, error: "The server could not be reached; the result above is your browser's own check." };
  }
}
