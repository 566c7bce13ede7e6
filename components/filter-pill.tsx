import Link from "next/link";
import type { ReactNode } from "react";

/** One choice of a filter row: a plain link (works without JavaScript, shareable), marked when it is the one shown. */
export function FilterPill({ href, active, children }: { href: string; active: boolean; children: ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "true" : undefined}
      className={`rounded-full px-3 py-1 text-sm ring-1 ring-inset ${
        active
          ? "bg-zinc-900 text-white ring-zinc-900 dark:bg-white dark:text-zinc-900"
          : "ring-zinc-300 hover:bg-zinc-50 dark:ring-zinc-700 dark:hover:bg-zinc-900"
      }`}
    >
      {children}
    </Link>
  );
}
