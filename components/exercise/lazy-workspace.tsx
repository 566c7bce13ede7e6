"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";

/*
 * The derivation workspace as its own chunk. The card route renders every kind of card, and Next puts each client
 * component a route imports into that route's client entry: imported directly, the workspace (with mathjs behind
 * its answer parsing) loaded on every Q&A and MCQ card page without ever running there. Through next/dynamic it is
 * fetched only where an exercise is on the page. The server still renders it in full, so the page looks the same
 * before the chunk arrives. The wrapper must be a client module: a Server Component's dynamic import of a Client
 * Component does not split it (Next's lazy-loading guide).
 */
// The import() stays written inside dynamic(): Next finds it there at build time to ship the chunk with a page that
// renders the workspace on the server, so hydration keeps the server's markup (and anything typed into it) instead
// of swapping in a blank workspace once the chunk arrives.
export const LazyDerivationWorkspace = dynamic(() =>
  import("./derivation-workspace").then((m) => m.DerivationWorkspace),
);

/**
 * Fetches the workspace chunk ahead of showing it when `needed`: a review session whose queue holds an exercise
 * asks on arrival, so the exercise is ready when the learner reaches it, while a session of only Q&A and MCQ never
 * loads it.
 */
export function usePreloadedWorkspace(needed: boolean): void {
  useEffect(() => {
    if (needed) void import("./derivation-workspace");
  }, [needed]);
}
