"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";

/**
 * Sends the browser's time zone with the sign-up form and says so, so a learner's review days start at their own
 * hour from the first review instead of at UTC's. The server renders nothing here (its zone is not the learner's);
 * the browser fills it in on hydration. Without JavaScript the field is absent and the account starts on UTC.
 */
export function BrowserTimeZone() {
  const zone = useSyncExternalStore(never, browserZone, () => "");
  if (!zone) return null;
  return (
    <>
      <input type="hidden" name="timeZone" value={zone} />
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Review days follow your time zone, {zone}; you can change it in Settings.
      </p>
    </>
  );
}
