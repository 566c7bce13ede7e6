import { DeckTile } from "@/components/deck-tile";
import { LinkButton } from "@/components/ui/button";
import { listDecks } from "@/lib/content/repository";

export default async function HomePage() {
  const decks = await listDecks();
  const total = decks.reduce((n, d) => n + d.itemCount, 0);
  const first = decks[0];
  return (
    <div className="space-y-10">
      <section className="space-y-4 pt-4">
        <p className="text-sm font-semibold tracking-wide text-brand-600 uppercase dark:text-brand-100">
          Interview prep for ML engineers
        </p>
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight text-balance min-[400px]:text-4xl sm:text-5xl">
          Master backpropagation, one card at a time.
        </h1>
        <p className="max-w-2xl text-lg leading-8 text-zinc-600 dark:text-zinc-400">
          {total} cards on neural networks and gradients: recall answers, test yourself with multiple choice, read the
          reasoning behind every option, and derive gradients by hand with every entry checked. Math is typeset
          properly; everything works from the keyboard.
        </p>
        {first ? (
          <div className="flex flex-wrap gap-3">
            <LinkButton href={`/decks/${first.id}`} className="shadow-sm">
              Start with {first.title}
            </LinkButton>
            <LinkButton href="/tags" variant="secondary">
              Browse by topic
            </LinkButton>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="decks-heading" className="space-y-4">
        <h2 id="decks-heading" className="text-xl font-semibold">
          Decks
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {decks.map((deck) => (
            <DeckTile key={deck.id} deck={deck} />
          ))}
        </div>
      </section>
    </div>
  );
}
