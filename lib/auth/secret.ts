// Not `server-only`: `npm start` calls this before the server starts, so the "generated" notice prints once at
// start-up; the auth config calls it too, for `npm run dev` and for servers started some other way.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../server/env";

export interface AuthSecret {
  secret: string;
  source: "env" | "file" | "generated";
}

function readSecretFile(file: string): string | null {
  try {
    const text = readFileSync(file, "utf8").trim();
    return text.length >= 32 ? text : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * The secret next-auth signs its cookies with. AUTH_SECRET / NEXTAUTH_SECRET win; otherwise one is generated on
 * the first start and kept beside the SQLite file (mode 0600), so sign-ins survive restarts without any set-up.
 */
export function loadAuthSecret(
  config: { authSecret: string | null; authSecretFile: string } = env,
  log: (line: string) => void = console.log,
): AuthSecret {
  if (config.authSecret) return { secret: config.authSecret, source: "env" };
  const file = config.authSecretFile;
  const existing = readSecretFile(file);
  if (existing) return { secret: existing, source: "file" };
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": when two processes start at once, the second one reads the first one's secret instead of replacing it.
    writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const raced = readSecretFile(file);
    if (raced) return { secret: raced, source: "file" };
    throw new Error(`${file} exists but holds no usable secret; delete it or set AUTH_SECRET`);
  }
  chmodSync(file, 0o600);
  log(`› Generated an auth secret in ${file} (mode 0600); set AUTH_SECRET to use your own.`);
  return { secret, source: "generated" };
}
