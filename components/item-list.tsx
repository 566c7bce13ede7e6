import Link from "next/link";
import type { ItemSummary } from "@/lib/content/repository";
import { DifficultyChip } from "./difficulty-chip";
import { KindBadge } from "./kind-badge";
import { TagChip } from "./tag-chip";

export function ItemList({ items, deckTitles }: { items: ItemSummary[]; deckTitles?: Record<string, string> }) {
  if (items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-center text-zinc-500 dark:text-zinc-400 dark:border-zinc-700">
        Nothing matches.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {items.map((item) => (
        <li
          key={item.id}
          className="flex flex-col gap-2 p-4 hover:bg-zinc-50 sm:flex-row sm:items-center dark:hover:bg-zinc-900/60"
        >
          <div className="flex min-w-0 flex-1 items-center gap-2">
            <KindBadge kind={item.kind} />
            <Link
              href={`/cards/${item.id}`}
              className="truncate font-medium hover:text-brand-600 hover:underline dark:hover:text-brand-100"
            >
              {item.title}
            </Link>
            {deckTitles ? (
              <span className="hidden text-sm text-zinc-500 dark:text-zinc-400 md:inline">
                · {deckTitles[item.deck]}
              </span>
            ) : null}
          </div>
          <div className="flex flex-wrap items-center gap-1.5">
            <DifficultyChip difficulty={item.difficulty} />
            {item.tags.map((t) => (
              <TagChip key={t} tag={t} />
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
