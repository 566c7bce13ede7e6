// Debian's Chromium, never a downloaded browser build: Playwright, the bench and Lighthouse all launch it like this.
// The flags keep it from reaching for the network (updates, sync, first-run pages) on a machine without internet.
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
