import type { SolutionStep } from "@/lib/exercises/solution";

/**
 * The worked solution for these numbers: its own request, because it depends only on the seed (the browser keeps it,
 * so re-checking the same numbers does not fetch it again) and is far heavier than the verdict. Without it the
 * verdict still shows.
 */
export async function fetchSolution(
  exerciseId: string,
  seed: number,
  instance: string,
): Promise<SolutionStep[] | undefined> {
  try {
    // The fingerprint in the URL keys the browser's copy to these numbers, not just to the seed.
    const res = await fetch(`/api/exercises/${exerciseId}/solution?seed=${seed}&instance=${instance}`);
    return res.ok ? ((await res.json()) as { solution: SolutionStep[] }).solution : undefined;
  } catch {
    return undefined;
  }
}
