import { ITEM_KINDS, searchHref, type SearchParams } from "@/lib/content/filters";
import { DIFFICULTIES } from "@/lib/content/schema";
import { DIFFICULTY_LABEL } from "./difficulty-chip";
import { FilterPill } from "./filter-pill";
import { KIND_LABEL } from "./kind-badge";

/** Narrow the results to one kind of card and one difficulty; each choice keeps the words and the other filter. */
export function SearchFilters({ params }: { params: SearchParams }) {
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-2">
      <nav aria-label="Filter by kind" className="flex flex-wrap gap-2">
        {[undefined, ...ITEM_KINDS].map((kind) => (
          <FilterPill key={kind ?? "all"} href={searchHref({ ...params, kind })} active={params.kind === kind}>
            {kind ? KIND_LABEL[kind] : "All kinds"}
          </FilterPill>
        ))}
      </nav>
      <nav aria-label="Filter by difficulty" className="flex flex-wrap gap-2">
        {[undefined, ...DIFFICULTIES].map((difficulty) => (
          <FilterPill
            key={difficulty ?? "all"}
            href={searchHref({ ...params, difficulty })}
            active={params.difficulty === difficulty}
          >
            {difficulty ? DIFFICULTY_LABEL[difficulty] : "All levels"}
          </FilterPill>
        ))}
      </nav>
    </div>
  );
}
