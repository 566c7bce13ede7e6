import { LinkButton } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <p className="font-mono text-sm text-brand-600 dark:text-brand-100">404</p>
      <h1 className="text-3xl font-bold tracking-tight">Nothing here</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        That deck, card or tag does not exist. It may have been renamed, or the link has a typo.
      </p>
      <div className="flex justify-center gap-3">
        <LinkButton href="/">All decks</LinkButton>
        <LinkButton href="/search" variant="secondary">
          Search
        </LinkButton>
      </div>
    </div>
  );
}
