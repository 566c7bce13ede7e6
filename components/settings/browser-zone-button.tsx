"use client";

import { useSyncExternalStore } from "react";
import { textLinkClass } from "@/components/ui/text-link";

const never = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";

/**
 * Sets the time zone to the browser's, as sign-up does on its own: a learner who moved, or signed up without
 * JavaScript, need not find their zone in the list. The server renders nothing (its zone is not the learner's),
 * and nothing shows when the browser's zone is the one already chosen.
 */
export function BrowserZoneButton({ current, onPick }: { current: string; onPick: (zone: string) => void }) {
  const zone = useSyncExternalStore(never, browserZone, () => "");
  if (!zone || zone === current) return null;
  return (
    <button type="button" onClick={() => onPick(zone)} className={textLinkClass("mt-1 text-sm")}>
      Use this browser&apos;s zone, {zone}
    </button>
  );
}
