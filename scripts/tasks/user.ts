// `npm run user -- reset-password EMAIL [--base-url URL]`: the operator's account commands (see README, "Accounts").
import path from "node:path";
import { generatePrismaClient, root, sh } from "../lib/steps";

async function main() {
  // No migration here: the command runs beside a live server, and `prisma migrate deploy` on a database in use
  // timed out on its lock and held up the server's own writes meanwhile. `npm start` migrates; user-cli.ts says so
  // when the database predates the reset table.
  await generatePrismaClient();
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const cli = path.join("scripts", "user-cli.ts");
  process.exit(await sh(tsx, ["--conditions=react-server", cli, ...process.argv.slice(2)]));
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
