import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { SearchInput } from "@/components/ui/field";
import { AccountMenu } from "./account-menu";
import { DisclosureMenu } from "./disclosure-menu";
import { ThemeSwitch } from "./theme-switch";

const NAV = [
  ["/", "Decks"],
  ["/tags", "Tags"],
  ["/review", "Review"],
  ["/progress", "Progress"],
  ["/calculators", "Calculators"],
  ["/playground", "Playground"],
] as const;

// Below sm the row is the logo and a Menu button, the panel below it holds everything else; from sm up the same
// panel is the rest of the row (the wrapper is `display: contents` there), so every link and the search box exist once.
const panel =
  "absolute inset-x-0 top-full flex-col gap-4 border-b border-zinc-200 bg-white px-4 py-4 shadow-lg dark:border-zinc-800 dark:bg-zinc-950 sm:static sm:flex-1 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-4 sm:gap-y-2 sm:border-0 sm:bg-transparent sm:p-0 sm:shadow-none dark:sm:bg-transparent";

export function SiteHeader() {
  return (
    <header className="relative z-10 border-b border-zinc-200 bg-white/85 backdrop-blur sm:sticky sm:top-0 dark:border-zinc-800 dark:bg-zinc-950/85">
      <div className="mx-auto flex max-w-5xl items-center gap-x-6 px-4 py-3 sm:flex-wrap sm:gap-y-2">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <span
            aria-hidden
            className="grid size-7 place-items-center rounded-lg bg-brand-600 font-mono text-sm text-white"
          >
            ∂
          </span>
          Gradwise
        </Link>
        <DisclosureMenu
          id="site-menu"
          className="ml-auto sm:contents"
          label={
            <>
              <svg aria-hidden viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
              </svg>
              Menu
            </>
          }
          buttonClassName={buttonClass({
            variant: "secondary",
            size: "sm",
            className: "flex items-center gap-2 sm:hidden",
          })}
          openClassName={`flex ${panel}`}
          closedClassName={`hidden ${panel} target:flex sm:flex`}
        >
          <nav
            aria-label="Main"
            className="flex flex-col gap-1 text-zinc-600 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-4 sm:gap-y-1 sm:text-sm dark:text-zinc-300"
          >
            {NAV.map(([href, label]) => (
              <Link key={href} href={href} className="py-1 hover:text-zinc-950 sm:py-0 dark:hover:text-white">
                {label}
              </Link>
            ))}
          </nav>
          <form action="/search" method="get" role="search" className="w-full sm:ml-auto sm:w-48">
            <SearchInput
              id="site-search"
              label="Search all cards"
              compact
              name="q"
              placeholder="Search cards…"
              maxLength={200}
              className="placeholder:text-zinc-400"
            />
          </form>
          <ThemeSwitch />
          <AccountMenu />
        </DisclosureMenu>
      </div>
    </header>
  );
}
