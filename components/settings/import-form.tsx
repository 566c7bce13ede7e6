"use client";

import { useEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/use-hydrated";
import { MAX_IMPORT_BYTES } from "@/lib/review/import-limit";
import type { ReviewSettings } from "@/lib/srs/settings";
import { ImportPreview } from "./import-preview";
import { ImportReport, settingChanges, type Report } from "./import-report";

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

type Step =
  | { at: "idle" }
  | { at: "checking"; name: string }
  | { at: "preview" | "importing" | "done"; name: string; text: string; report: Report; changes: string[] };

/** What the server said, or the sentence to show for a refusal or a lost connection. */
async function send(text: string, preview: boolean): Promise<{ report: Report } | { error: string }> {
  try {
    const res = await fetch(preview ? "/api/me/import?preview=1" : "/api/me/import", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: text,
    });
    const body = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
    if (res.ok) return { report: body as Report };
    return { error: (body as { error?: string }).error ?? `Import failed (HTTP ${res.status}).` };
  } catch {
    // The server commits an import item by item, so part of it may have landed before the connection went.
    return {
      error: preview
        ? "The connection to the server was lost while checking the file; nothing was imported. Choose it again."
        : "The connection to the server was lost before it answered. Import the file again: reviews already imported are skipped, so nothing is counted twice.",
    };
  }
}

/**
 * Reads an export file in the browser and has the server check it (a preview that writes nothing); the learner sees
 * what it would add and confirms, and only then is the file sent again to be merged, checked again on the way.
 */
export function ImportForm({ settings }: { settings: ReviewSettings }) {
  const [step, setStep] = useState<Step>({ at: "idle" });
  const [error, setError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  // A file chosen before React owns the input would sit there, named, with nothing happening.
  const hydrated = useHydrated();
  const busy = step.at === "checking" || step.at === "importing";

  // The keyboard follows the form: to the preview once it is there, to the result once imported.
  useEffect(() => {
    if (step.at === "preview") previewRef.current?.focus();
    if (step.at === "done") doneRef.current?.focus();
  }, [step.at]);

  async function check(file: File) {
    setError(null);
    setStep({ at: "idle" });
    // Said at once rather than after uploading the whole file for the server to refuse it.
    if (file.size > MAX_IMPORT_BYTES) {
      setError(`That file is ${mib(file.size)}; an import can be at most ${mib(MAX_IMPORT_BYTES)}.`);
      return;
    }
    setStep({ at: "checking", name: file.name });
    const text = await file.text();
    let parsed: { settings?: Partial<ReviewSettings> | null } | null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Said in terms of the file chosen, not the request body the server would have refused.
      setStep({ at: "idle" });
      setError(`${file.name} is not a JSON file; choose the .json file that "Export everything as JSON" saved.`);
      return;
    }
    const answer = await send(text, true);
    if ("error" in answer) {
      setStep({ at: "idle" });
      setError(answer.error);
      return;
    }
    const changes = settingChanges(settings, parsed?.settings);
    setStep({ at: "preview", name: file.name, text, report: answer.report, changes });
  }

  function reset() {
    // Cleared so that choosing the same file again is a change the input reports.
    if (fileRef.current) fileRef.current.value = "";
  }

  function cancel() {
    setStep({ at: "idle" });
    reset();
    fileRef.current?.focus();
  }

  async function confirm() {
    if (step.at !== "preview") return;
    setStep({ ...step, at: "importing" });
    // The file itself again, not the preview's numbers: the server checks and merges it as if it were new.
    const answer = await send(step.text, false);
    reset();
    if ("error" in answer) {
      setStep({ at: "idle" });
      setError(answer.error);
      fileRef.current?.focus();
    } else setStep({ ...step, at: "done", report: answer.report });
  }

  return (
    <div className="space-y-3">
      <label className="block">
        <span className="font-medium">Import a Gradwise export (JSON)</span>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          disabled={busy || !hydrated}
          onChange={(e) => e.target.files?.[0] && check(e.target.files[0])}
          // The bare native control read as plain text ("Choose File No file chosen"), worst on the dark page.
          className="mt-1 block text-sm file:mr-3 file:cursor-pointer file:rounded-lg file:border-0 file:bg-zinc-100 file:px-3 file:py-1.5 file:font-medium file:text-zinc-900 hover:file:bg-zinc-200 dark:file:bg-zinc-800 dark:file:text-zinc-100 dark:hover:file:bg-zinc-700"
        />
      </label>
      {/* Always present, so a screen reader hears each change in it: a live region added with its text may not be. It
          is no "status" role, so the page's one status stays the settings form's message. */}
      <div aria-live="polite">
        {step.at === "checking" ? <p>Checking {step.name}…</p> : null}
        {step.at === "importing" ? <p>Importing {step.name}…</p> : null}
        {step.at === "done" ? (
          <div ref={doneRef} tabIndex={-1} aria-label={`Imported ${step.name}`} className="outline-offset-2">
            <ImportReport report={step.report} changes={step.changes} />
          </div>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
      {step.at === "preview" || step.at === "importing" ? (
        <ImportPreview
          ref={previewRef}
          name={step.name}
          report={step.report}
          changes={step.changes}
          importing={step.at === "importing"}
          onConfirm={confirm}
          onCancel={cancel}
        />
      ) : null}
    </div>
  );
}
