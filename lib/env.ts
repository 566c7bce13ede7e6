import path from "node:path";
import { z } from "zod";

// The one place that reads process.env. Everything has a default so `npm start` works with no environment at all.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .default("file:./data/gradwise.db")
    .refine((v) => v.startsWith("file:"), "must be a SQLite URL of the form file:./path/to/db.sqlite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Loopback by default: a fresh install is private until someone sets HOST=0.0.0.0 on purpose.
  HOST: z.string().trim().min(1).default("127.0.0.1"),
});

function parseEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  const raw = parsed.data;
  // Relative SQLite paths are resolved against the project folder (where npm start runs) so every
  // tool (Prisma CLI, the seed, the server) opens the same file.
  const databaseFile = path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw.DATABASE_URL.slice("file:".length));
  return { ...raw, databaseFile, databaseUrl: `file:${databaseFile}` };
}

export const env = parseEnv();
export type Env = typeof env;

/** The environment for a child process (Prisma CLI, next) with the resolved database URL, so all tools agree. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: env.databaseUrl, CHECKPOINT_DISABLE: "1", ...extra };
}
