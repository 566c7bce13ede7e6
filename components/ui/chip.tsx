import Link from "next/link";
import type { ComponentProps } from "react";
import { cx } from "./cx";

// The app's small labels and filter choices. inline-flex for every one: a chip holds an icon or a count beside its
// word and centres them; the ones that were plain inline sat in flex rows already, where any display is blockified,
// so they render the same. A caller's className may only add (a gap, a font), as with buttonClass.
const SHAPE = {
  /** One choice of a filter row, at the row's text size. */
  choice: "rounded-full px-3 py-1 text-sm",
  /** A property of a card (its difficulty). */
  pill: "rounded-full px-2 py-0.5 text-xs font-medium",
  /** A tag: squarer than a pill, so a tag never reads as a difficulty. */
  tag: "rounded-md px-2 py-0.5 text-xs font-medium",
  /** A short code or count beside a name (a card's kind, a tag's card count). */
  badge: "rounded px-1.5",
} as const;

const RING = "ring-1 ring-inset";
const TONE = {
  neutral: `${RING} bg-zinc-50 text-zinc-700 ring-zinc-300 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-700`,
  outline: `${RING} ring-zinc-300 dark:ring-zinc-700`,
  /** No ring: a badge sits inside something outlined already. */
  muted: "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300",
  brand: `${RING} bg-brand-600 text-white ring-brand-600`,
  inverse: `${RING} bg-zinc-900 text-white ring-zinc-900 dark:bg-white dark:text-zinc-900`,
  success: `${RING} bg-emerald-50 text-emerald-800 ring-emerald-600/30 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-400/30`,
  warning: `${RING} bg-amber-50 text-amber-900 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/30`,
  danger: `${RING} bg-rose-50 text-rose-800 ring-rose-600/30 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-400/30`,
} as const;

// Only the tones a link rests in darken under the pointer; a chosen one (brand, inverse) stays as it is.
const HOVER: Partial<Record<ChipTone, string>> = {
  neutral: "hover:bg-zinc-100 dark:hover:bg-zinc-800",
  outline: "hover:bg-zinc-50 dark:hover:bg-zinc-900",
};

export type ChipShape = keyof typeof SHAPE;
export type ChipTone = keyof typeof TONE;

interface Look {
  shape?: ChipShape;
  tone?: ChipTone;
  className?: string;
}

/** The classes of a chip; `link` adds the pointer's hover and a colour fade. */
export function chipClass({
  shape = "tag",
  tone = "neutral",
  className,
  link = false,
}: Look & { link?: boolean } = {}) {
  return cx(
    "inline-flex items-center",
    SHAPE[shape],
    TONE[tone],
    link && "transition-colors",
    link && HOVER[tone],
    className,
  );
}

/** A chip that only labels. */
export function Chip({ shape, tone, className, ...props }: Look & Omit<ComponentProps<"span">, "className">) {
  return <span className={chipClass({ shape, tone, className })} {...props} />;
}

/**
 * A chip that is a link (a tag's page, a filter's choice). `current` marks the choice on screen for assistive
 * technology too: the tone the caller picks for it is only what the eye sees.
 */
export function LinkChip({
  shape,
  tone,
  className,
  current = false,
  ...props
}: Look & { current?: boolean } & Omit<ComponentProps<typeof Link>, "className" | "aria-current">) {
  return (
    <Link
      className={chipClass({ shape, tone, className, link: true })}
      aria-current={current ? "true" : undefined}
      {...props}
    />
  );
}
