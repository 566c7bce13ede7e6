// `npm run user -- reset-password EMAIL [--base-url URL]`: the operator's account commands (see README, "Operating").
import path from "node:path";
import { generatePrismaClient, migrateDatabase, root, sh } from "../lib/steps";

async function main() {
  // The reset table may be newer than the database when the operator has not started the new version yet.
  await generatePrismaClient();
  await migrateDatabase();
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  process.exit(
    await sh(tsx, ["--conditions=react-server", path.join("scripts", "user-cli.ts"), ...process.argv.slice(2)]),
  );
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
