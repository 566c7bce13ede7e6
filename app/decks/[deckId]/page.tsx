import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DeckFilters } from "@/components/deck-filters";
import { ItemList } from "@/components/item-list";
import { Mdx } from "@/components/mdx";
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
          {first ? (
            <Link
              href={`/cards/${first.id}`}
              className="inline-block rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
            >
              Start reading
            </Link>
          ) : null}
          {/* The review takes a deck filter (getReviewSession's `deck`), so a deck's due cards are one link away. */}
          <Link
            href={`/review?deck=${encodeURIComponent(deckId)}`}
            className="inline-block rounded-lg px-4 py-2 font-medium ring-1 ring-zinc-300 hover:bg-zinc-50 dark:ring-zinc-700 dark:hover:bg-zinc-900"
          >
            Review this deck
          </Link>
          {deck.hasTheory ? (
            <Link
              href={`/decks/${deckId}/theory`}
              className="inline-block rounded-lg px-4 py-2 font-medium ring-1 ring-zinc-300 hover:bg-zinc-50 dark:ring-zinc-700 dark:hover:bg-zinc-900"
            >
              Read the theory
            </Link>
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
