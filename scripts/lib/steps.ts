// Steps shared by the task runners: each one is idempotent and skips its work when nothing changed,
// so a second `npm start` is fast.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadAuthSecret } from "../../lib/auth/secret";
import { childEnv, env } from "../../lib/server/env";
import { enableWal } from "./sqlite";

export const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

export function sh(cmd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: childEnv(extraEnv) });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function must(label: string, cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  const code = await sh(cmd, args, extraEnv);
  if (code !== 0) throw new Error(`${label} failed (exit ${code})`);
}

function hashFiles(paths: string[]): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
        visit(path.join(p, name));
      }
    } else {
      hash.update(path.relative(root, p)).update("\0").update(readFileSync(p)).update("\0");
    }
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return hash.digest("hex");
}

function stamped(stampFile: string, hash: string): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, "utf8").trim() === hash;
}

export async function generatePrismaClient(): Promise<void> {
  const out = path.join(root, "lib", "generated", "prisma");
  const stampFile = path.join(out, ".stamp");
  const hash = hashFiles(["prisma/schema.prisma", "package-lock.json"]);
  if (stamped(stampFile, hash)) return;
  console.log("› Generating the Prisma client…");
  await must("prisma generate", bin("prisma"), ["generate"]);
  writeFileSync(stampFile, hash + "\n");
}

export async function migrateDatabase(): Promise<void> {
  mkdirSync(path.dirname(env.databaseFile), { recursive: true });
  console.log(`› Migrating ${path.relative(root, env.databaseFile) || env.databaseFile}…`);
  await must("prisma migrate deploy", bin("prisma"), ["migrate", "deploy"]);
  enableWal(env.databaseFile);
  // The data folder is ready now: create the auth secret here, so its one-time notice prints at start-up.
  loadAuthSecret();
}

export async function seedDatabase(): Promise<void> {
  // react-server resolves `server-only` to its empty module, so the seed can use the app's own data-access code.
  await must("seed", bin("tsx"), ["--conditions=react-server", path.join("scripts", "seed.ts")]);
}

/** Everything `next build` reads; a change in any of them makes the stored build stale. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "next.config.js",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.build.json",
  "package-lock.json",
];

export async function buildIfStale(): Promise<void> {
  const stampFile = path.join(root, ".next", "gradwise-build-stamp");
  const hash = hashFiles(BUILD_INPUTS);
  if (stamped(stampFile, hash) && existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("› Build is up to date.");
    return;
  }
  console.log("› Building the app (next build)…");
  await must("content check", bin("tsx"), [path.join("scripts", "check-content.ts")]);
  await must("next build", bin("next"), ["build"], { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  writeFileSync(stampFile, hash + "\n");
}

export async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become healthy at ${url} within ${timeoutMs} ms (${last})`);
}
