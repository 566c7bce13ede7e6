// `npm run content:register`: appends new item ids to content/registry.json (ids are never removed from it).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadContent, readRegistry } from "../lib/content/load";

async function main() {
  const contentRoot = path.resolve(import.meta.dirname, "..", "content");
  const file = path.join(contentRoot, "registry.json");
  const library = await loadContent(contentRoot);
  const registry = await readRegistry(contentRoot).catch(async (error: unknown) => {
    if ((await readFile(file, "utf8").catch(() => null)) === null) return { published: [], retired: [] };
    throw error;
  });
  const known = new Set([...registry.published, ...registry.retired.map((r) => r.id)]);
  const added = library.items.map((i) => i.id).filter((id) => !known.has(id));
  registry.published = [...registry.published, ...added].sort();
  await writeFile(file, JSON.stringify(registry, null, 2) + "\n");
  console.log(added.length === 0 ? "No new ids." : `Registered ${added.length} new id(s): ${added.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
