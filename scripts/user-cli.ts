// Run by scripts/tasks/user.ts with --conditions=react-server, so the app's data-access code loads as in the server.
import { db } from "../lib/db";
import { runUserCommand } from "./lib/user-command";

async function main() {
  const { code, out } = await runUserCommand(process.argv.slice(2));
  (code === 0 ? console.log : console.error)(out);
  await db.$disconnect();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
