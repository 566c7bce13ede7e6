import type { ReviewSettings } from "@/lib/srs/settings";

/** What POST /api/me/import answers; with `?preview=1` the same, for what it would add. */
export interface Report {
  added: { logs: number; cards: number; settings: boolean; renumbered: number };
  skipped: Array<{ id: string; reason: string }>;
}

const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
// Re-importing a file is safe and common; its skips are said as a count, not listed id by id as if something failed.
const ALREADY = "already imported";

const SETTING_NAMES: Record<keyof ReviewSettings, string> = {
  desiredRetention: "desired retention",
  newPerDay: "new items per day",
  dayStartHour: "day starts at (hour)",
  timeZone: "time zone",
};

/**
 * The file's settings that differ from the account's, said as "time zone Europe/Paris (now UTC)". Only shown when
 * the server says it would take them: it decides, this only names what changes.
 */
export function settingChanges(current: ReviewSettings, file: Partial<ReviewSettings> | null | undefined): string[] {
  if (!file) return [];
  return (Object.keys(SETTING_NAMES) as Array<keyof ReviewSettings>)
    .filter((k) => file[k] !== undefined && file[k] !== current[k])
    .map((k) => `${SETTING_NAMES[k]} ${file[k]} (now ${current[k]})`);
}

/**
 * What an import added and skipped, or with `preview` what it would: the words differ, the counts are the same
 * report's. `changes` names the settings that are (or would be) replaced.
 */
export function ImportReport({
  report,
  preview = false,
  changes = [],
}: {
  report: Report;
  preview?: boolean;
  changes?: string[];
}) {
  const already = report.skipped.filter((s) => s.reason === ALREADY).length;
  const other = report.skipped.filter((s) => s.reason !== ALREADY);
  const settings = report.added.settings ? (preview ? ", and replace your settings" : ", and your settings") : "";
  return (
    <div className="rounded-lg bg-zinc-50 p-3 text-sm dark:bg-zinc-900">
      {preview ? (
        <p>
          This file will add {counted(report.added.logs, "review")} on {counted(report.added.cards, "item")}
          {settings}; {report.skipped.length} skipped
          {already ? ` (${already} already in your account)` : ""}.
        </p>
      ) : (
        <p>
          Added {counted(report.added.logs, "review")} for {counted(report.added.cards, "item")}
          {settings}; skipped {report.skipped.length}
          {already ? ` (${already} already in your account)` : ""}.
        </p>
      )}
      {report.added.settings && changes.length ? (
        <p className="mt-2">Settings from the file: {changes.join(", ")}.</p>
      ) : null}
      {report.added.renumbered ? (
        // Said because the learner may compare ids with the file, or wonder why a restore into a second account works.
        <p className="mt-2">
          {counted(report.added.renumbered, "review")} {preview ? "will get" : "got"} a new id: another account here
          uses the one in the file (the account the backup came from, if it still exists). Importing the file again
          still adds nothing.
        </p>
      ) : null}
      {other.length ? (
        <ul className="mt-2 max-h-40 list-disc overflow-auto pl-5">
          {other.slice(0, 50).map((s) => (
            <li key={s.id}>
              {s.id}: {s.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
