"use client";

import dynamic from "next/dynamic";

/*
 * The derivation workspace as its own chunk. The card route renders every kind of card, and Next puts each client
 * component a route imports into that route's client entry: imported directly, the workspace (with mathjs behind
 * its answer parsing) loaded on every Q&A and MCQ card page without ever running there. Through next/dynamic it is
 * fetched only where an exercise is on the page. The server still renders it in full, so the page looks the same
 * before the chunk arrives. The wrapper must be a client module: a Server Component's dynamic import of a Client
 * Component does not split it (Next's lazy-loading guide).
 */
export const LazyDerivationWorkspace = dynamic(() =>
  import("./derivation-workspace").then((m) => m.DerivationWorkspace),
);
