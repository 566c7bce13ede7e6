// `npm run dev`: prepare the database like `npm start`, then the Next.js development server.
import path from "node:path";
import { env } from "../../lib/env";
import { generatePrismaClient, migrateDatabase, must, root, seedDatabase } from "../lib/steps";

async function main() {
  await generatePrismaClient();
  await migrateDatabase();
  await seedDatabase();
  await must("next dev", path.join(root, "node_modules", ".bin", "next"), ["dev", "-p", String(env.PORT), "-H", env.HOST]);
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
