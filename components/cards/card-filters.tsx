import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { CARD_SORTS, CARD_STATES, type CardBrowserParams } from "@/lib/review/card-browser-schema";

interface Props {
  params: CardBrowserParams;
  decks: Array<{ id: string; title: string }>;
}

const SORT_LABELS: Record<(typeof CARD_SORTS)[number], string> = { due: "Due date", lapses: "Lapses", title: "Title" };

function Choice({
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
    <Field id={`cards-${name}`} label={label}>
      <Select id={`cards-${name}`} name={name} defaultValue={value ?? ""}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

// A plain GET form: the filters live in the URL (shareable, back button), and it works without JavaScript.
export function CardFilters({ params, decks }: Props) {
  return (
    <form method="get" action="/cards" className="flex flex-wrap items-end gap-3" aria-label="Filter and sort cards">
      <Choice
        name="deck"
        label="Deck"
        value={params.deck}
        options={[["", "All decks"], ...decks.map((d): [string, string] => [d.id, d.title])]}
      />
      <Choice
        name="state"
        label="State"
        value={params.state}
        options={[["", "Any state"], ...CARD_STATES.map((s): [string, string] => [s, s])]}
      />
      <Choice
        name="suspended"
        label="Suspended"
        value={params.suspended}
        options={[
          ["", "Either"],
          ["yes", "Suspended only"],
          ["no", "Not suspended"],
        ]}
      />
      <Choice
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
