"use client";

import { useState } from "react";
import { useQuerySync } from "@/components/use-query-sync";

/** Calculator state: every input as the string the learner typed, keyed by its query-string name. */
export type CalculatorState<K extends string> = Record<K, string>;

/** String props (from MDX or the page's searchParams) over defaults; MDX may pass numbers, so coerce. */
export function initialState<K extends string>(
  defaults: CalculatorState<K>,
  props: Partial<Record<K, unknown>>,
): CalculatorState<K> {
  const state = { ...defaults };
  for (const key of Object.keys(defaults) as K[]) {
    const v = props[key];
    if (typeof v === "string" || typeof v === "number") state[key] = String(v);
  }
  return state;
}

/**
 * Holds the inputs; with `syncUrl` (the calculator's own page) mirrors them into the query string so a
 * copied link reproduces the state. Embedded calculators leave the card page's URL alone.
 */
export function useCalculatorState<K extends string>(initial: CalculatorState<K>, syncUrl: boolean) {
  const [state, setState] = useState(initial);
  useQuerySync(state, syncUrl);
  const set = (key: K, value: string) => setState((s) => ({ ...s, [key]: value }));
  /** Several keys at once, worked out from the latest state: edits made in one batch each see the one before. */
  const update = (change: (s: CalculatorState<K>) => Partial<CalculatorState<K>>) =>
    setState((s) => ({ ...s, ...change(s) }));
  return [state, set, update] as const;
}

/** The query string of a state, for "open on its own page" links from embedded calculators. */
export function stateQuery(state: Record<string, string>): string {
  return new URLSearchParams(state).toString();
}
