import type { ComponentProps } from "react";
import { cx } from "./cx";

// The app's panel look: a rounded, hairline-bordered box. Padding and layout are the caller's (they differ by content).
const CARD = "rounded-2xl border border-zinc-200 dark:border-zinc-800";

/** The card classes, for a panel that must be another element (a section, a details, a figure, a link). */
export function cardClass(className?: string): string {
  return cx(CARD, className);
}

export function Card({ className, ...props }: ComponentProps<"div">) {
  return <div className={cardClass(className)} {...props} />;
}
