// `npm run bench`: prints figures; nothing here asserts timings. Grows with each measured feature.
import { existsSync } from "node:fs";
import path from "node:path";
import { must, root } from "../lib/steps";

async function main() {
  const engineBench = path.join(root, "bench", "engine.ts");
  if (existsSync(engineBench)) await must("engine bench", path.join(root, "node_modules", ".bin", "tsx"), [engineBench]);
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
