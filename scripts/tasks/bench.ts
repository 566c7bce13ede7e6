// `npm run bench`: prints figures beside their targets; nothing here asserts timings. Grows with each measured feature.
import path from "node:path";
import { runPlaygroundBench } from "../../bench/playground";
import { loadContent } from "../../lib/content/load";
import { withServer } from "../lib/server";
import { must, root } from "../lib/steps";

async function contentCompileBench() {
  const started = performance.now();
  const lib = await loadContent(path.join(root, "content"), { compile: true });
  const ms = performance.now() - started;
  const files = lib.items.length + lib.decks.length + lib.theory.length;
  console.log("\nContent library compile (MDX + KaTeX, every fragment, one process)");
  console.log(`  ${lib.items.length} items, ${lib.decks.length} decks, ${lib.theory.length} theory pages: ${Math.round(ms)} ms (${(ms / files).toFixed(1)} ms per file)`);
}

async function main() {
  await must("engine bench", path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "bench", "engine.ts")]);
  await contentCompileBench();
  await withServer("bench", async ({ baseUrl }) => {
    const p = await runPlaygroundBench(baseUrl);
    console.log(`\nPlayground while training (${p.seconds} s, Chromium headless)`);
    console.log(`  picture updates: ${p.updatesPerSecond.toFixed(1)} per second (target ≥ 30: ${p.updatesPerSecond >= 30 ? "met" : "NOT met"})`);
    console.log(`  main-thread tasks over 50 ms: ${p.longTasks}, longest ${Math.round(p.longestTaskMs)} ms (target: none: ${p.longTasks === 0 ? "met" : "NOT met"})`);
  });
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
