import Link from "next/link";
import { filterHref, type DeckFilter } from "@/lib/content/filters";
import { DIFFICULTIES } from "@/lib/content/schema";
import { DIFFICULTY_LABEL } from "./difficulty-chip";
import { FilterPill } from "./filter-pill";
import { TagChip } from "./tag-chip";

// Plain links, so filtering works without JavaScript and every filtered view has a shareable URL.
export function DeckFilters({ base, filter, tags }: { base: string; filter: DeckFilter; tags: string[] }) {
  const options = [undefined, ...DIFFICULTIES] as const;
  return (
    <div className="space-y-3">
      <nav aria-label="Filter by difficulty" className="flex flex-wrap gap-2">
        {options.map((d) => {
          const active = filter.difficulty === d;
          return (
            <FilterPill key={d ?? "all"} href={filterHref(base, { ...filter, difficulty: d })} active={active}>
              {d ? DIFFICULTY_LABEL[d] : "All levels"}
            </FilterPill>
          );
        })}
      </nav>
      <nav aria-label="Filter by tag" className="flex flex-wrap gap-1.5">
        {filter.tag ? (
          <Link
            href={filterHref(base, { ...filter, tag: undefined })}
            className="text-xs text-zinc-500 dark:text-zinc-400 underline"
          >
            Clear tag
          </Link>
        ) : null}
        {tags.map((t) => (
          <TagChip
            key={t}
            tag={t}
            active={filter.tag === t}
            href={filterHref(base, { ...filter, tag: filter.tag === t ? undefined : t })}
          />
        ))}
      </nav>
    </div>
  );
}
