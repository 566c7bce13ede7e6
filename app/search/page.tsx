import type { Metadata } from "next";
import { ItemList } from "@/components/item-list";
import { SearchFilters } from "@/components/search-filters";
import { Button } from "@/components/ui/button";
import { SearchInput } from "@/components/ui/field";
import { searchParamsSchema } from "@/lib/content/filters";
import { listDecks, searchItems } from "@/lib/content/repository";
import type { ItemKind } from "@/lib/content/schema";

export const metadata: Metadata = { title: "Search" };

const KIND_PLURAL: Record<ItemKind, string> = { qa: "Q&A cards", mcq: "MCQs", derivation: "derivations" };

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const params = searchParamsSchema.parse(await searchParams);
  const { q: query, kind, difficulty } = params;
  const [results, decks] = await Promise.all([searchItems(query, 50, { kind, difficulty }), listDecks()]);
  // Named in the count, so a narrowed search that finds nothing says why.
  const narrowed = [kind && KIND_PLURAL[kind], difficulty].filter(Boolean).join(", ");
  const deckTitles = Object.fromEntries(decks.map((d) => [d.id, d.title]));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <form action="/search" method="get" role="search" className="flex gap-2">
        <SearchInput
          id="search-page-q"
          label="Search all cards"
          name="q"
          defaultValue={query}
          maxLength={200}
          placeholder="e.g. vanishing sigmoid"
          className="min-w-0 flex-1"
        />
        {/* New words keep the kind and difficulty chosen below. */}
        {kind ? <input type="hidden" name="kind" value={kind} /> : null}
        {difficulty ? <input type="hidden" name="difficulty" value={difficulty} /> : null}
        <Button type="submit">Search</Button>
      </form>
      {query ? (
        <>
          <SearchFilters params={params} />
          <p className="text-sm text-zinc-500 dark:text-zinc-400" role="status">
            {results.length} {results.length === 1 ? "card matches" : "cards match"} “{query}”
            {narrowed ? ` (only ${narrowed})` : ""}.
          </p>
          <ItemList items={results} deckTitles={deckTitles} />
        </>
      ) : (
        <p className="text-zinc-500 dark:text-zinc-400">
          Type a few words: every word must appear in the card’s title, question, answer, choices or tags. Small typos
          are forgiven, words may be cut short (“grad” finds gradient), and the best matches come first.
        </p>
      )}
    </div>
  );
}
