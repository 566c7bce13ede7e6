import { Button } from "@/components/ui/button";
import { CARD_SORTS, CARD_STATES, type CardBrowserParams } from "@/lib/review/card-browser-schema";

interface Props {
  params: CardBrowserParams;
  decks: Array<{ id: string; title: string }>;
}

const selectClass = "rounded-lg border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900";
const SORT_LABELS: Record<(typeof CARD_SORTS)[number], string> = { due: "Due date", lapses: "Lapses", title: "Title" };

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: Array<[string, string]>;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={`cards-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`cards-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

// A plain GET form: the filters live in the URL (shareable, back button), and it works without JavaScript.
export function CardFilters({ params, decks }: Props) {
  return (
    <form method="get" action="/cards" className="flex flex-wrap items-end gap-3" aria-label="Filter and sort cards">
      <Select
        name="deck"
        label="Deck"
        value={params.deck}
        options={[["", "All decks"], ...decks.map((d): [string, string] => [d.id, d.title])]}
      />
      <Select
        name="state"
        label="State"
        value={params.state}
        options={[["", "Any state"], ...CARD_STATES.map((s): [string, string] => [s, s])]}
      />
      <Select
        name="suspended"
        label="Suspended"
        value={params.suspended}
        options={[
          ["", "Either"],
          ["yes", "Suspended only"],
          ["no", "Not suspended"],
        ]}
      />
      <Select
        name="sort"
        label="Sort by"
        value={params.sort}
        options={CARD_SORTS.map((s): [string, string] => [s, SORT_LABELS[s]])}
      />
      <Button type="submit" variant="secondary" size="sm">
        Apply
      </Button>
    </form>
  );
}
