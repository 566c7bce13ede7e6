// `npm run dev`: prepare the database like `npm start`, then the Next.js development server.
import path from "node:path";
import { FRONT_SERVER_ENV } from "../../lib/server/env";
import { generatePrismaClient, migrateDatabase, must, root, seedDatabase } from "../lib/steps";

async function main() {
  await generatePrismaClient();
  await migrateDatabase();
  await seedDatabase();
  // The same front server as `npm start` (scripts/serve.ts), with Next in development mode.
  await must("next dev", path.join(root, "node_modules", ".bin", "tsx"), [path.join("scripts", "serve.ts"), "--dev"], {
    ...FRONT_SERVER_ENV,
    NODE_ENV: "development",
  });
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
