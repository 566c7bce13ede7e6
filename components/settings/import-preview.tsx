import { useId, type Ref } from "react";
import { Button } from "@/components/ui/button";
import { ImportReport, type Report } from "./import-report";

/**
 * What a chosen file would add, with the one button that imports it. Focused when it appears, so the keyboard is at
 * the decision and a screen reader reads the counts (its description) with its name.
 */
export function ImportPreview({
  ref,
  name,
  report,
  changes,
  importing,
  onConfirm,
  onCancel,
}: {
  ref: Ref<HTMLDivElement>;
  name: string;
  report: Report;
  changes: string[];
  importing: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  return (
    <div
      ref={ref}
      role="region"
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-report`}
      className="space-y-3 rounded-lg border border-zinc-300 p-3 outline-offset-2 dark:border-zinc-700"
    >
      <h3 id={`${id}-title`} className="font-semibold">
        Import {name}?
      </h3>
      <div id={`${id}-report`}>
        <ImportReport report={report} changes={changes} preview />
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing has been imported yet.</p>
      <div className="flex gap-3">
        <Button type="button" onClick={onConfirm} disabled={importing}>
          {importing ? "Importing…" : "Import"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={importing}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
