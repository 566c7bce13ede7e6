import Link from "next/link";
import type { ComponentProps } from "react";
import { cx } from "./cx";

// The app's one set of button looks. Without a class merger, a caller's className may only add (width, layout),
// never restate what a variant or size sets: which of two conflicting utilities wins is the stylesheet's order.
const VARIANT = {
  /** Brand blue: the one action a screen is for. */
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  /** Outlined: every other action beside it. */
  secondary: "ring-1 ring-zinc-300 hover:bg-zinc-50 dark:ring-zinc-700 dark:hover:bg-zinc-900",
  /** What deletes or resets; the red passes 4.5:1 with white text. */
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

const SIZE = {
  lg: "rounded-xl px-4 py-3",
  md: "rounded-lg px-4 py-2",
  sm: "rounded-lg px-3 py-1.5 text-sm",
  xs: "rounded-md px-2 py-1 text-sm",
} as const;

export type ButtonVariant = keyof typeof VARIANT;
export type ButtonSize = keyof typeof SIZE;
export const BUTTON_VARIANTS = Object.keys(VARIANT) as ButtonVariant[];
export const BUTTON_SIZES = Object.keys(SIZE) as ButtonSize[];

interface Look {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}

/** The classes of a button look, for what is styled as a button without being one (a disclosure's summary). */
export function buttonClass({ variant = "primary", size = "md", className }: Look = {}): string {
  return cx(SIZE[size], "font-medium disabled:opacity-60", VARIANT[variant], className);
}

/**
 * A native button in one of the app's looks. `type` is required: the browser's default (submit) is what a button
 * meant to only run a handler must not do inside a form.
 */
export function Button({
  variant,
  size,
  className,
  type,
  ...props
}: Look & Omit<ComponentProps<"button">, "className" | "type"> & { type: "button" | "submit" | "reset" }) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}

/** A next/link that looks like a button: navigation stays a link (role, middle-click, works without JavaScript). */
export function LinkButton({
  variant,
  size,
  className,
  ...props
}: Look & Omit<ComponentProps<typeof Link>, "className">) {
  return <Link className={buttonClass({ variant, size, className: cx("inline-block", className) })} {...props} />;
}
