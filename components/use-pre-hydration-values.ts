"use client";

import { useEffect, type RefObject } from "react";

/** The part of a form control this reads: its key (`name`, else `id`) and what it holds. */
export interface ControlLike {
  tagName: string;
  name?: string;
  id: string;
  value: string;
}

/** A container of controls, or a control itself. */
export interface RootLike extends Partial<ControlLike> {
  tagName: string;
  querySelectorAll(selectors: string): ArrayLike<ControlLike>;
}

const CONTROL_TAGS = new Set(["INPUT", "SELECT", "TEXTAREA"]);
const CONTROLS = "input, select, textarea";

/**
 * The values the controls under `root` (or `root` itself, when it is one) hold but the state does not, as
 * [key, value] pairs. A control's key is its `name`, or its `id` when it has none; `known(key)` gives the state's
 * value for that key, or undefined for a control the state does not track (skipped).
 */
export function preHydrationValues(
  root: RootLike,
  known: (key: string) => string | undefined,
): Array<[key: string, value: string]> {
  const controls = CONTROL_TAGS.has(root.tagName) ? [root as ControlLike] : Array.from(root.querySelectorAll(CONTROLS));
  const found: Array<[string, string]> = [];
  for (const el of controls) {
    const key = el.name || el.id;
    const held = key ? known(key) : undefined;
    if (held !== undefined && el.value !== held) found.push([key, el.value]);
  }
  return found;
}

/**
 * Once on mount, takes in what server-rendered controls hold but the state does not: typing done before React
 * hydrated (the server's inputs accept it), or a value the browser restored on going back. React keeps such a
 * value on screen without reporting it, so results, checks and training would use the state's value beside the
 * learner's until the next keystroke. The calculators, the exercise boxes and the playground's controls all use
 * this one hook.
 */
export function usePreHydrationValues(
  root: RefObject<HTMLElement | null>,
  known: (key: string) => string | undefined,
  take: (key: string, value: string) => void,
): void {
  useEffect(() => {
    if (!root.current) return;
    for (const [key, value] of preHydrationValues(root.current as unknown as RootLike, known)) take(key, value);
    // Mount only: afterwards every change reaches the state through the control's own onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
