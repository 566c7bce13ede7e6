// Run by `npm start` (with --conditions=react-server): validates the library and mirrors its index into the database.
import path from "node:path";
import { db } from "../lib/server/db";
import { loadContent, readRegistry } from "../lib/content/load";
import { syncContentIndex } from "../lib/review/content-index";

async function main() {
  const contentRoot = path.resolve(import.meta.dirname, "..", "content");
  const [library, registry] = await Promise.all([loadContent(contentRoot), readRegistry(contentRoot)]);
  const report = await syncContentIndex(library, registry);
  console.log(`› Content index synced: ${report.active} items, ${report.retired} retired.`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(`✗ Seeding failed:\n${(error as Error).message}`);
  process.exit(1);
});
