import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DeckFilters } from "@/components/deck-filters";
import { ItemList } from "@/components/item-list";
import { Mdx } from "@/components/mdx";
import { LinkButton } from "@/components/ui/button";
import { deckFilterSchema } from "@/lib/content/filters";
import { getDeck } from "@/lib/content/repository";

export async function generateMetadata({ params }: PageProps<"/decks/[deckId]">): Promise<Metadata> {
  const deck = await getDeck((await params).deckId);
  return { title: deck?.summary.title ?? "Deck not found" };
}

export default async function DeckPage({ params, searchParams }: PageProps<"/decks/[deckId]">) {
  const { deckId } = await params;
  const filter = deckFilterSchema.parse(await searchParams);
  const deck = await getDeck(deckId, filter);
  if (!deck) notFound();
  const { summary } = deck;
  const first = deck.items[0];
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/", label: "Decks" }]} current={summary.title} />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{summary.title}</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          {summary.itemCount} cards · {summary.mix.easy} easy, {summary.mix.medium} medium, {summary.mix.hard} hard
        </p>
        {deck.intro ? <Mdx source={deck.intro} /> : null}
        <div className="flex flex-wrap gap-3">
          {first ? <LinkButton href={`/cards/${first.id}`}>Start reading</LinkButton> : null}
          {/* The review takes a deck filter (getReviewSession's `deck`), so a deck's due cards are one link away. */}
          <LinkButton href={`/review?deck=${encodeURIComponent(deckId)}`} variant="secondary">
            Review this deck
          </LinkButton>
          {deck.hasTheory ? (
            <LinkButton href={`/decks/${deckId}/theory`} variant="secondary">
              Read the theory
            </LinkButton>
          ) : null}
        </div>
      </header>
      <DeckFilters base={`/decks/${deckId}`} filter={filter} tags={deck.tags} />
      <p className="text-sm text-zinc-500 dark:text-zinc-400" aria-live="polite">
        Showing {deck.items.length} of {summary.itemCount}
      </p>
      <ItemList items={deck.items} />
    </div>
  );
}
