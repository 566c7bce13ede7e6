import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { notFound } from "next/navigation";
import { ItemList } from "@/components/item-list";
import { getTag } from "@/lib/content/repository";

export async function generateMetadata({ params }: PageProps<"/tags/[tag]">): Promise<Metadata> {
  return { title: `#${decodeURIComponent((await params).tag)}` };
}

export default async function TagPage({ params }: PageProps<"/tags/[tag]">) {
  const tag = decodeURIComponent((await params).tag);
  const found = await getTag(tag);
  if (!found) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ href: "/tags", label: "Tags" }]} current={`#${tag}`} />
      <h1 className="text-3xl font-bold tracking-tight">#{tag}</h1>
      <p className="text-zinc-600 dark:text-zinc-400">{found.items.length} cards across all decks.</p>
      <ItemList items={found.items} deckTitles={found.deckTitles} />
    </div>
  );
}
