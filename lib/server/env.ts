import path from "node:path";
import { z } from "zod";
import { issuesOf } from "./errors";

// An empty variable (`GITHUB_ID=`) means "not set", as it does in most shells' .env files.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const secret = z
  .string()
  .trim()
  .min(32, "must be at least 32 characters (for example the output of `openssl rand -base64 32`)");

// The one place that reads process.env. Everything has a default so `npm start` works with no environment at all.
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .trim()
      .default("file:./data/gradwise.db")
      .refine((v) => v.startsWith("file:"), "must be a SQLite URL of the form file:./path/to/db.sqlite"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // Loopback by default: a fresh install is private until someone sets HOST=0.0.0.0 on purpose.
    HOST: z.string().trim().min(1).default("127.0.0.1"),
    // Signs next-auth's CSRF and OAuth-state cookies. Unset, a generated one is kept in the data folder.
    AUTH_SECRET: optional(secret),
    NEXTAUTH_SECRET: optional(secret),
    // The public URL; next-auth builds the GitHub callback URL from it. An https URL also makes cookies Secure.
    NEXTAUTH_URL: optional(
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://gradwise.example" }),
    ),
    // How many reverse proxies sit in front of the app. 0 (no proxy): X-Forwarded-* from clients are ignored and the
    // socket's peer is the client. N: the client address, scheme and host are taken N hops from the end.
    TRUSTED_PROXIES: z.coerce.number().int().min(0).max(20).default(0),
    // Accounts one address may create per hour (lib/auth/rate-limit.ts): raise it for a larger classroom behind one
    // NAT; the browser suite, which signs up from one address dozens of times, raises it too.
    SIGNUPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
    GITHUB_ID: optional(z.string().trim().min(1)),
    GITHUB_SECRET: optional(z.string().trim().min(1)),
  })
  .refine((e) => (e.GITHUB_ID === undefined) === (e.GITHUB_SECRET === undefined), {
    message: "set both GITHUB_ID and GITHUB_SECRET to offer GitHub sign-in, or neither",
    path: ["GITHUB_SECRET"],
  });

/** Validates an environment (process.env by default); exported so tests can check the rules on any input. */
export function parseEnv(source: Record<string, string | undefined> = process.env) {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = issuesOf(parsed.error).map((i) => `  ${i.path}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  const raw = parsed.data;
  // Relative SQLite paths are resolved against the project folder (where npm start runs) so every
  // tool (Prisma CLI, the seed, the server) opens the same file.
  const databaseFile = path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw.DATABASE_URL.slice("file:".length));
  return {
    ...raw,
    databaseFile,
    databaseUrl: `file:${databaseFile}`,
    // AUTH_SECRET wins over next-auth's older name; with neither, lib/auth/secret.ts uses `authSecretFile`.
    authSecret: raw.AUTH_SECRET ?? raw.NEXTAUTH_SECRET ?? null,
    authSecretFile: path.join(path.dirname(databaseFile), "auth-secret"),
    github: raw.GITHUB_ID && raw.GITHUB_SECRET ? { clientId: raw.GITHUB_ID, clientSecret: raw.GITHUB_SECRET } : null,
  };
}

export const env = parseEnv();
export type Env = typeof env;

/**
 * For the process that runs scripts/serve.ts only: with NEXTAUTH_URL unset, next-auth then builds its redirects from
 * the request's own host and scheme (instead of http://localhost:3000), which the front server has already rewritten
 * from the socket or the trusted proxies. Anywhere else those headers are a client's claims.
 */
export const FRONT_SERVER_ENV = { AUTH_TRUST_HOST: "1" } as const;

/** The environment for a child process (Prisma CLI, next) with the resolved database URL, so all tools agree. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: env.databaseUrl,
    CHECKPOINT_DISABLE: "1",
    ...extra,
  };
}
