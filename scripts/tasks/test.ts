// `npm test`: type-check, lint, then the Vitest suites (unit, and integration against a temporary SQLite file).
import path from "node:path";
import { generatePrismaClient, must, root } from "../lib/steps";

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

async function main() {
  await generatePrismaClient();
  console.log("› Route types (next typegen)…");
  await must("next typegen", bin("next"), ["typegen"], { NEXT_TELEMETRY_DISABLED: "1" });
  console.log("› Type-checking (tsc)…");
  await must("tsc", bin("tsc"), ["--noEmit", "-p", "."]);
  console.log("› Linting (eslint)…");
  await must("eslint", bin("eslint"), ["--max-warnings=0", "."]);
  // The project has a Prettier config; without this check 79 files had drifted from it.
  console.log("› Formatting (prettier --check)…");
  await must("prettier", bin("prettier"), ["--check", "--log-level=warn", "."]);
  console.log("› Unit and integration tests (vitest)…");
  await must("vitest", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    "--outputFile.json=reports/vitest.json",
    ...process.argv.slice(2),
  ]);
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
