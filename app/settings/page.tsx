import type { Metadata } from "next";
import { ImportForm } from "@/components/settings/import-form";
import { SettingsForm } from "@/components/settings/settings-form";
import { requireUser } from "@/lib/auth/session";
import { settingsOf } from "@/lib/review/data";
import { timeZoneChoices } from "@/lib/srs/time-zones";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireUser("/settings");
  const settings = await settingsOf();
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Review settings</h1>
        <SettingsForm
          settings={settings}
          timeZones={timeZoneChoices(Intl.supportedValuesOf("timeZone"), settings.timeZone)}
        />
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">Your data</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <a href="/api/me/export" className="underline">
            Export everything as JSON
          </a>{" "}
          ·{" "}
          <a href="/api/me/export/csv" className="underline">
            review log as CSV
          </a>{" "}
          (card_id, review_time, review_rating, review_state, review_duration: the columns the FSRS optimizer reads).
          Importing shows what a file would add before it adds anything, and merges: reviews already present are
          skipped.
        </p>
        <ImportForm settings={settings} />
      </section>
    </div>
  );
}
