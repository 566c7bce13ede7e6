"use client";

import { useEffect, useRef } from "react";

/** How long edits must pause before the URL follows: one history entry rewrite, not one per keystroke or slider step. */
export const URL_DEBOUNCE_MS = 300;

/**
 * With `enabled`, mirrors `query` into the address bar so a reload or a copied link reproduces the state; keys
 * the query does not name are left as they are. replaceState, not a navigation: no server round trip, no scroll,
 * no history entry per edit.
 */
export function useQuerySync(query: Readonly<Record<string, string>>, enabled: boolean) {
  const first = useRef(true);
  // Compared as a string: a query rebuilt on every render with the same contents is no change.
  const wanted = new URLSearchParams(query).toString();
  useEffect(() => {
    if (!enabled) return;
    // The server already rendered this state from the URL; rewriting it on mount would only reorder it.
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      const params = new URLSearchParams(window.location.search);
      for (const [key, value] of new URLSearchParams(wanted)) params.set(key, value);
      window.history.replaceState(window.history.state, "", `${window.location.pathname}?${params.toString()}`);
    }, URL_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [wanted, enabled]);
}
