"use client";

import { Button } from "@/components/ui/button";

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
        <Button
          type="button"
          disabled={busy}
          onClick={onUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
          variant="secondary"
          size="sm"
        >
          Undo last rating
        </Button>
      ) : null}
      {onItem ? (
        <Button type="button" disabled={busy} onClick={onSkip} variant="secondary" size="sm">
          Skip for now
        </Button>
      ) : null}
      {onItem && !cram ? (
        <>
          <Button type="button" disabled={busy} onClick={() => onSetAside("bury")} variant="secondary" size="sm">
            Bury until tomorrow
          </Button>
          <Button type="button" disabled={busy} onClick={() => onSetAside("suspend")} variant="secondary" size="sm">
            Suspend
          </Button>
        </>
      ) : null}
    </div>
  );
}
