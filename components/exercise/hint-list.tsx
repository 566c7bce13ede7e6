"use client";

import type { ReactNode } from "react";
import { textLinkClass } from "@/components/ui/text-link";

/** Hints come one at a time; how many were used travels with the attempt. */
export function HintList({ hints, shown, onReveal }: { hints: ReactNode[]; shown: number; onReveal: () => void }) {
  if (hints.length === 0) return null;
  return (
    <section aria-label="Hints" className="space-y-2">
      <ol className="space-y-2">
        {hints.slice(0, shown).map((hint, i) => (
          <li key={i} className="rounded-lg bg-sky-50 px-4 py-2 text-sm dark:bg-sky-950/40">
            <span className="font-semibold">Hint {i + 1}.</span> {hint}
          </li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button type="button" onClick={onReveal} className={textLinkClass("text-sm font-medium")}>
          Show a hint ({shown + 1} of {hints.length})
        </button>
      ) : null}
    </section>
  );
}
