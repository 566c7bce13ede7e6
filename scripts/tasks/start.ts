// `npm start`: generate, migrate, seed, build when stale, then serve the production app.
import { spawn } from "node:child_process";
import path from "node:path";
import { childEnv, env, FRONT_SERVER_ENV } from "../../lib/server/env";
import { buildIfStale, generatePrismaClient, migrateDatabase, root, seedDatabase, waitForHealth } from "../lib/steps";

async function main() {
  await generatePrismaClient();
  await migrateDatabase();
  await seedDatabase();
  await buildIfStale();
  // scripts/serve.ts: Next.js behind a server that reads the client's address from the socket (see its comment).
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const server = spawn(tsx, [path.join("scripts", "serve.ts")], {
    cwd: root,
    stdio: "inherit",
    env: childEnv({ ...FRONT_SERVER_ENV, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }),
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
  await waitForHealth(`http://127.0.0.1:${env.PORT}/api/health`, 60_000);
  console.log(`\n✓ Gradwise is ready on http://localhost:${env.PORT}\n`);
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
