import Link from "next/link";
import { AccountLink } from "./account-link";

const NAV = [
  ["/", "Decks"],
  ["/tags", "Tags"],
  ["/review", "Review"],
  ["/progress", "Progress"],
  ["/calculators", "Calculators"],
  ["/playground", "Playground"],
] as const;

export function SiteHeader() {
  return (
    <header className="z-10 border-b sm:sticky sm:top-0 border-zinc-200 bg-white/85 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/85">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <span
            aria-hidden
            className="grid size-7 place-items-center rounded-lg bg-brand-600 font-mono text-sm text-white"
          >
            ∂
          </span>
          Gradwise
        </Link>
        <nav
          aria-label="Main"
          className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-zinc-600 dark:text-zinc-300"
        >
          {NAV.map(([href, label]) => (
            <Link key={href} href={href} className="hover:text-zinc-950 dark:hover:text-white">
              {label}
            </Link>
          ))}
        </nav>
        <form action="/search" method="get" role="search" className="ml-auto w-full sm:w-64">
          <label htmlFor="site-search" className="sr-only">
            Search all cards
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search cards…"
            maxLength={200}
            className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm placeholder:text-zinc-400 dark:border-zinc-700 dark:bg-zinc-900"
          />
        </form>
        <AccountLink />
      </div>
    </header>
  );
}
