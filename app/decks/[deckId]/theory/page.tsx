import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Mdx } from "@/components/mdx";
import { LinkButton } from "@/components/ui/button";
import { getTheory } from "@/lib/content/repository";

export async function generateMetadata({ params }: PageProps<"/decks/[deckId]/theory">): Promise<Metadata> {
  const page = await getTheory((await params).deckId);
  return { title: page?.title ?? "Theory not found" };
}

export default async function TheoryPage({ params }: PageProps<"/decks/[deckId]/theory">) {
  const page = await getTheory((await params).deckId);
  if (!page) notFound();
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/", label: "Decks" },
          { href: `/decks/${page.deck}`, label: page.deckTitle },
        ]}
        current="Theory"
      />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{page.title}</h1>
        <p className="text-lg text-zinc-600 dark:text-zinc-400">{page.summary}</p>
      </header>
      <div className="theory">
        <Mdx source={page.body} />
      </div>
      <LinkButton href={`/decks/${page.deck}`}>Practise the {page.deckTitle} cards</LinkButton>
    </article>
  );
}
