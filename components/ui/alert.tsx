import type { ComponentProps } from "react";
import { cx } from "./cx";

// The app's message boxes. Each tone brings its role: what failed or needs doing interrupts (role=alert, read out at
// once); a done change waits its turn (role=status, read out after whatever is being said).
const TONE = {
  /** Refused: the form or the link did not work. */
  error: "bg-red-50 text-red-800 ring-1 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-900",
  /** Not done, but nothing is lost (a check the server could not make; a rating that did not save). */
  warning: "bg-amber-50 text-amber-900 dark:bg-amber-950/40 dark:text-amber-200",
  /** Done: a saved change, a finished step. */
  info: "bg-zinc-100 dark:bg-zinc-900",
} as const;

const ROLE = { error: "alert", warning: "alert", info: "status" } as const;

export type AlertTone = keyof typeof TONE;

export function alertClass(tone: AlertTone, className?: string): string {
  return cx("rounded-lg px-3 py-2 text-sm", TONE[tone], className);
}

/** A message box; its role comes from its tone, so an error is never only red to the eye. */
export function Alert({ tone, className, ...props }: { tone: AlertTone } & Omit<ComponentProps<"p">, "role">) {
  return <p role={ROLE[tone]} className={alertClass(tone, className)} {...props} />;
}
