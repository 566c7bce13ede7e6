import Link from "next/link";
import type { ComponentProps } from "react";
import { cx } from "./cx";

// The app's inline link look: brand blue and underlined (colour alone would not mark a link inside a sentence),
// the line offset so it clears descenders. A caller's className may only add (a size, a weight, a margin).
const TEXT_LINK = "text-brand-600 underline underline-offset-2 dark:text-brand-100";

/** The classes of an inline link, for a button that does a small thing in a sentence (show a hint). */
export function textLinkClass(className?: string): string {
  return cx(TEXT_LINK, className);
}

/** A next/link in a sentence. */
export function TextLink({
  className,
  ...props
}: { className?: string } & Omit<ComponentProps<typeof Link>, "className">) {
  return <Link className={textLinkClass(className)} {...props} />;
}
