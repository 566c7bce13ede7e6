"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False during the server render and hydration, true after. For controls that do nothing until React owns them
 * (disabled until then, not dead), and for results whose last digits are floating-point roundoff (finite
 * differences): Node and the browser may disagree there, and a hydration mismatch would throw the server HTML away.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
