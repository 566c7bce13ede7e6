import type { Metadata } from "next";
import { CardFilters } from "@/components/cards/card-filters";
import { CardTable } from "@/components/cards/card-table";
import { requireUser } from "@/lib/auth/session";
import { listDecks } from "@/lib/content/repository";
import { resetItem, suspendItem, unsuspendItem } from "@/lib/review/actions";
import { browseCards } from "@/lib/review/card-browser";
import { cardBrowserParamsSchema } from "@/lib/review/card-browser-schema";
import { settingsOf } from "@/lib/review/data";

export const metadata: Metadata = { title: "Your cards" };

export default async function CardsPage({ searchParams }: PageProps<"/cards">) {
  await requireUser("/cards");
  const params = cardBrowserParamsSchema.parse(await searchParams);
  const [rows, decks, settings] = await Promise.all([browseCards(params), listDecks(), settingsOf()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Your cards</h1>
      <CardFilters params={params} decks={decks} />
      <CardTable
        rows={rows ?? []}
        timeZone={settings.timeZone}
        actions={{ suspend: suspendItem, unsuspend: unsuspendItem, reset: resetItem }}
      />
    </div>
  );
}
