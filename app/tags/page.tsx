import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Chip } from "@/components/ui/chip";
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
              className={buttonClass({ variant: "secondary", size: "sm", className: "inline-flex items-center gap-2" })}
            >
              #{tag}{" "}
              <Chip shape="badge" tone="muted" className="text-xs">
                {count}
              </Chip>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
