"use client";

import { useState } from "react";
import { useHydrated } from "@/components/use-hydrated";
import { MAX_IMPORT_BYTES } from "@/lib/review/import-limit";

interface Report {
  added: { logs: number; cards: number; settings: boolean; renumbered: number };
  skipped: Array<{ id: string; reason: string }>;
}

const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
// Re-importing a file is safe and common; its skips are said as a count, not listed id by id as if something failed.
const ALREADY = "already imported";

export function ImportReport({ report }: { report: Report }) {
  const already = report.skipped.filter((s) => s.reason === ALREADY).length;
  const other = report.skipped.filter((s) => s.reason !== ALREADY);
  return (
    <div role="status" className="rounded-lg bg-zinc-50 p-3 text-sm dark:bg-zinc-900">
      <p>
        Added {counted(report.added.logs, "review")} for {counted(report.added.cards, "item")}
        {report.added.settings ? ", and your settings" : ""}; skipped {report.skipped.length}
        {already ? ` (${already} already in your account)` : ""}.
      </p>
      {report.added.renumbered ? (
        // Said because the learner may compare ids with the file, or wonder why a restore into a second account works.
        <p className="mt-2">
          {counted(report.added.renumbered, "review")} got a new id: another account here uses the one in the file (the
          account the backup came from, if it still exists). Importing the file again still adds nothing.
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

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Reads an export file in the browser and posts it; the server validates and merges, then reports. */
export function ImportForm() {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A file chosen before React owns the input would sit there, named, with nothing happening.
  const hydrated = useHydrated();

  async function upload(file: File) {
    setError(null);
    setReport(null);
    // Said at once rather than after uploading the whole file for the server to refuse it.
    if (file.size > MAX_IMPORT_BYTES) {
      setError(`That file is ${mib(file.size)}; an import can be at most ${mib(MAX_IMPORT_BYTES)}.`);
      return;
    }
    const text = await file.text();
    try {
      JSON.parse(text);
    } catch {
      // Said in terms of the file chosen, not the request body the server would have refused.
      setError(`${file.name} is not a JSON file; choose the .json file that "Export everything as JSON" saved.`);
      return;
    }
    setBusy(true);
    try {
      const res = await fetch("/api/me/import", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: text,
      });
      const body = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
      if (res.ok) setReport(body as Report);
      else setError((body as { error?: string }).error ?? `Import failed (HTTP ${res.status}).`);
    } catch {
      // The server commits an import item by item, so part of it may have landed before the connection went.
      setError(
        "The connection to the server was lost before it answered. Import the file again: reviews already imported are skipped, so nothing is counted twice.",
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      <label className="block">
        <span className="font-medium">Import a Gradwise export (JSON)</span>
        <input
          type="file"
          accept="application/json,.json"
          disabled={busy || !hydrated}
          onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
          // The bare native control read as plain text ("Choose File No file chosen"), worst on the dark page.
          className="mt-1 block text-sm file:mr-3 file:cursor-pointer file:rounded-lg file:border-0 file:bg-zinc-100 file:px-3 file:py-1.5 file:font-medium file:text-zinc-900 hover:file:bg-zinc-200 dark:file:bg-zinc-800 dark:file:text-zinc-100 dark:hover:file:bg-zinc-700"
        />
      </label>
      {busy ? <p role="status">Importing…</p> : null}
      {error ? (
        <p role="alert" className="text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
      {report ? <ImportReport report={report} /> : null}
    </div>
  );
}
