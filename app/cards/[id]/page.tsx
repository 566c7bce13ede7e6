import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CardKeyboard } from "@/components/card-keyboard";
import { CardNav } from "@/components/card-nav";
import { DifficultyChip } from "@/components/difficulty-chip";
import { ItemList } from "@/components/item-list";
import { DerivationCard } from "@/components/exercise/derivation-card";
import { KindBadge } from "@/components/kind-badge";
import { McqCard } from "@/components/mcq-card";
import { PracticeNote } from "@/components/practice-note";
import { QaCard } from "@/components/qa-card";
import { TagChip } from "@/components/tag-chip";
import { getCurrentUser } from "@/lib/auth/session";
import { mcqPicksSchema } from "@/lib/content/answers";
import { choiceOrder, choiceSeed } from "@/lib/content/choice-order";
import { getItem } from "@/lib/content/repository";
import { seedSchema } from "@/lib/exercises/instance";

export async function generateMetadata({ params }: PageProps<"/cards/[id]">): Promise<Metadata> {
  const item = await getItem((await params).id);
  return { title: item?.title ?? "Card not found" };
}

export default async function CardPage({ params, searchParams }: PageProps<"/cards/[id]">) {
  const { id } = await params;
  const item = await getItem(id);
  if (!item) notFound();
  const query = await searchParams;
  const rawPick = query.pick;
  // The form was submitted when `pick` is present at all; an empty submission shows a prompt instead of a grade.
  const submitted = rawPick !== undefined || query.checked !== undefined;
  // Exercises default to seed 1 so a shared link without a seed still shows stable numbers.
  const seed = seedSchema.catch(1).parse(query.seed ?? 1);
  const parsed = rawPick === undefined ? undefined : mcqPicksSchema.safeParse(rawPick);
  const picked = parsed?.success ? parsed.data : submitted ? [] : undefined;
  // Choices in an order of this learner's (the library lists every right answer first); signed out, one per card.
  // Derived again for the graded view, so it shows the same order, and picks are choice ids, not positions.
  const order =
    item.kind === "mcq"
      ? choiceOrder(item.choices.length, choiceSeed("card", (await getCurrentUser())?.id ?? "", item.id))
      : [];
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/", label: "Decks" },
          { href: `/decks/${item.deck}`, label: item.deckTitle },
        ]}
      />
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind={item.kind} />
          <DifficultyChip difficulty={item.difficulty} />
          {item.tags.map((t) => (
            <TagChip key={t} tag={t} />
          ))}
        </div>
        <h1 className="text-2xl font-bold tracking-tight">{item.title}</h1>
      </header>
      {item.kind === "mcq" ? (
        <McqCard item={item} picked={picked} order={order} />
      ) : item.kind === "derivation" ? (
        <DerivationCard item={item} seed={seed} />
      ) : (
        <QaCard item={item} />
      )}
      {item.kind === "qa" ? null : <PracticeNote />}
      <CardNav previous={item.previous} next={item.next} position={item.position} size={item.deckSize} />
      <CardKeyboard previous={item.previous} next={item.next} />
      {item.related.length > 0 ? (
        <section aria-labelledby="related-heading" className="space-y-3 pt-4">
          <h2 id="related-heading" className="text-lg font-semibold">
            Related cards
          </h2>
          <ItemList items={item.related} />
        </section>
      ) : null}
    </article>
  );
}
