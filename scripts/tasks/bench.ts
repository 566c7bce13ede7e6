// `npm run bench`: prints figures; nothing here asserts timings. Grows with each measured feature.
import path from "node:path";
import { loadContent } from "../../lib/content/load";
import { must, root } from "../lib/steps";

async function contentCompileBench() {
  const started = performance.now();
  const lib = await loadContent(path.join(root, "content"), { compile: true });
  const ms = performance.now() - started;
  const fragments = lib.items.length + lib.decks.length + lib.theory.length;
  console.log("\nContent library compile (MDX + KaTeX, every fragment, one process)");
  console.log(`  ${lib.items.length} items, ${lib.decks.length} decks, ${lib.theory.length} theory pages: ${Math.round(ms)} ms (${(ms / fragments).toFixed(1)} ms per file)`);
}

async function main() {
  await must("engine bench", path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "bench", "engine.ts")]);
  await contentCompileBench();
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
