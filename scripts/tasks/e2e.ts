// `npm run test:e2e`: build when stale, then Playwright drives Debian's Chromium against `next start`
// on a fresh SQLite file (playwright.config.ts starts the server through `npm start`'s own steps).
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_PATH } from "../lib/chromium";
import { buildIfStale, generatePrismaClient, must, root } from "../lib/steps";

export const E2E_DB = path.join(root, "data", "e2e.db");

async function main() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error("Chromium is missing: install Debian's package (apt-get install -y chromium); .ci/run does this.");
  }
  await generatePrismaClient();
  await buildIfStale();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(E2E_DB + suffix, { force: true });
  await must("playwright", path.join(root, "node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)]);
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
