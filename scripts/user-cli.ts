// Run by scripts/tasks/user.ts with --conditions=react-server, so the app's data-access code loads as in the server.
import { db } from "../lib/server/db";
import { runUserCommand } from "./lib/user-command";

// Prisma's "table does not exist": a database the new version's `npm start` has not migrated yet.
const isMissingTable = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2021";

async function main() {
  const { code, out } = await runUserCommand(process.argv.slice(2));
  (code === 0 ? console.log : console.error)(out);
  await db.$disconnect();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(
    isMissingTable(error)
      ? "✗ The database is not migrated to this version yet: run `npm start` once, then this command again."
      : `✗ ${(error as Error).message}`,
  );
  process.exit(1);
});
