import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { SessionFilter } from "@/lib/review/schema";
import { DIFFICULTIES } from "@/lib/content/schema";

interface Props {
  filter: SessionFilter;
  decks: Array<{ id: string; title: string }>;
  tags: string[];
  /**
   * "Start session" only when none is on screen: beside a card in progress it read as if the visit had not begun.
   */
  sessionOnScreen?: boolean;
}

/** A plain GET form: every session is a URL, and it works before any JavaScript has loaded. */
export function ReviewFilters({ filter, decks, tags, sessionOnScreen = false }: Props) {
  return (
    <form
      method="get"
      action="/review"
      className="flex flex-wrap items-end gap-3 rounded-xl bg-zinc-50 p-3 text-sm dark:bg-zinc-900"
    >
      <label className="flex flex-col gap-1">
        Deck
        <Select name="deck" defaultValue={filter.deck ?? ""}>
          <option value="">All decks</option>
          {decks.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1">
        Tag
        <Select name="tag" defaultValue={filter.tag ?? ""}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1">
        Difficulty
        <Select name="difficulty" defaultValue={filter.difficulty ?? ""}>
          <option value="">Any</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex items-center gap-2 pb-1.5">
        <input type="checkbox" name="cram" value="1" defaultChecked={filter.cram} className="size-4 accent-brand-600" />
        Cram (no scheduling)
      </label>
      {/* The app's primary button (brand blue), at the compact size of the selects beside it. */}
      <Button type="submit" size="sm">
        {sessionOnScreen ? "Apply filters" : "Start session"}
      </Button>
    </form>
  );
}
