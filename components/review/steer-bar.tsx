"use client";

const secondary =
  "rounded-lg px-3 py-2 text-sm font-medium ring-1 ring-zinc-300 hover:bg-zinc-50 disabled:opacity-60 dark:ring-zinc-700 dark:hover:bg-zinc-900";

interface Props {
  /** Whether an item is on screen (skip, bury and suspend need one). */
  onItem: boolean;
  canUndo: boolean;
  /** Nothing is saved in cram, so there is nothing to bury, suspend or undo. */
  cram: boolean;
  busy: boolean;
  onUndo: () => void;
  onSkip: () => void;
  onSetAside: (how: "bury" | "suspend") => void;
}

/**
 * Steering the visit without a rating, as buttons: Ctrl+Z alone left touch screens (and anyone who had not read the
 * key help) without an undo.
 */
export function SteerBar({ onItem, canUndo, cram, busy, onUndo, onSkip, onSetAside }: Props) {
  if (!onItem && !canUndo) return null;
  return (
    <div role="group" aria-label="Steer the session" className="flex flex-wrap gap-2">
      {canUndo ? (
        <button
          type="button"
          disabled={busy}
          onClick={onUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
          className={secondary}
        >
          Undo last rating
        </button>
      ) : null}
      {onItem ? (
        <button type="button" disabled={busy} onClick={onSkip} className={secondary}>
          Skip for now
        </button>
      ) : null}
      {onItem && !cram ? (
        <>
          <button type="button" disabled={busy} onClick={() => onSetAside("bury")} className={secondary}>
            Bury until tomorrow
          </button>
          <button type="button" disabled={busy} onClick={() => onSetAside("suspend")} className={secondary}>
            Suspend
          </button>
        </>
      ) : null}
    </div>
  );
}
