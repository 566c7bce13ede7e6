import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import type { CardRow } from "@/lib/review/card-browser";

type FormAction = (form: FormData) => Promise<void>;

interface Props {
  rows: CardRow[];
  timeZone: string;
  actions: { suspend: FormAction; unsuspend: FormAction; reset: FormAction };
}

const RATINGS = ["", "Again", "Hard", "Good", "Easy"];

function RowActions({ row, actions }: { row: CardRow; actions: Props["actions"] }) {
  if (!row.scheduled) return <span className="text-sm text-zinc-500 dark:text-zinc-400">not started</span>;
  return (
    <div className="flex flex-wrap items-start gap-2">
      <form action={row.suspended ? actions.unsuspend : actions.suspend}>
        <input type="hidden" name="itemId" value={row.itemId} />
        <Button
          type="submit"
          variant="secondary"
          size="xs"
          aria-label={`${row.suspended ? "Unsuspend" : "Suspend"} ${row.title}`}
        >
          {row.suspended ? "Unsuspend" : "Suspend"}
        </Button>
      </form>
      {/* The confirm step: a disclosure that opens without JavaScript, as the account deletion's does. */}
      <details>
        <summary
          className={buttonClass({ variant: "secondary", size: "xs", className: "cursor-pointer list-none" })}
          aria-label={`Reset ${row.title}`}
        >
          Reset
        </summary>
        <form action={actions.reset} className="mt-2 space-y-2 text-sm">
          <input type="hidden" name="itemId" value={row.itemId} />
          <p>Its schedule and every review of it are deleted; it comes back as new.</p>
          <Button type="submit" variant="danger" size="xs">
            Reset {row.title}
          </Button>
        </form>
      </details>
    </div>
  );
}

export function CardTable({ rows, timeZone, actions }: Props) {
  const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  if (rows.length === 0) return <p role="status">No cards match these filters.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your cards, {rows.length} shown</caption>
        <thead>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            {["Card", "State", "Due", "Lapses", "Last rating", "Actions"].map((h) => (
              <th key={h} scope="col" className="px-2 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.itemId} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              <th scope="row" className="px-2 py-2 font-normal">
                <Link href={`/cards/${row.itemId}`} className="underline underline-offset-2">
                  {row.title}
                </Link>
              </th>
              <td className="px-2 py-2">
                {row.state}
                {row.suspended ? ", suspended" : ""}
                {row.leech ? ", leech" : ""}
              </td>
              <td className="px-2 py-2 tabular-nums">{row.due ? date.format(row.due) : "–"}</td>
              <td className="px-2 py-2 tabular-nums">{row.lapses}</td>
              <td className="px-2 py-2">{row.lastRating ? RATINGS[row.lastRating] : "–"}</td>
              <td className="px-2 py-2">
                <RowActions row={row} actions={actions} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
