import type { Metadata } from "next";
import Link from "next/link";
import { listTags } from "@/lib/content/repository";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  const tags = await listTags();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Topics</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        Every card carries tags; pick one to see its cards across all decks.
      </p>
      <ul className="flex flex-wrap gap-2">
        {tags.map(({ tag, count }) => (
          <li key={tag}>
            <Link
              href={`/tags/${tag}`}
              className="inline-flex items-center gap-2 rounded-lg px-3 py-1.5 text-sm ring-1 ring-zinc-300 hover:bg-zinc-50 dark:ring-zinc-700 dark:hover:bg-zinc-900"
            >
              #{tag}{" "}
              <span className="rounded bg-zinc-100 px-1.5 text-xs text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
                {count}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
