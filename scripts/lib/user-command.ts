// The operator's account commands (`npm run user -- …`), as a function of the arguments so tests call it directly.
// Needs `server-only` resolved to its empty module (tsx --conditions=react-server), as the seed does.
import { z } from "zod";
import { issuePasswordReset } from "../../lib/auth/password-reset";
import { RESET_TOKEN_TTL_MS } from "../../lib/auth/reset-token";
import { env } from "../../lib/server/env";

export const USER_USAGE = "usage: npm run user -- reset-password EMAIL [--base-url https://gradwise.example]";

const baseUrlSchema = z.url({ protocol: /^https?$/, error: "--base-url must be an http(s) URL" });

/** The public URL a link starts with: NEXTAUTH_URL when set (it is the public URL), else this machine's port. */
export const defaultBaseUrl = () => env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;

export type UserArgs = { command: "reset-password"; email: string; baseUrl?: string } | { error: string };

export function parseUserArgs(argv: string[]): UserArgs {
  const [command, ...rest] = argv;
  if (command !== "reset-password") return { error: USER_USAGE };
  let email: string | undefined;
  let baseUrl: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--base-url") {
      const value = baseUrlSchema.safeParse(rest[++i]);
      if (!value.success) return { error: value.error.issues[0]!.message };
      baseUrl = value.data;
    } else if (arg.startsWith("--base-url=")) {
      const value = baseUrlSchema.safeParse(arg.slice("--base-url=".length));
      if (!value.success) return { error: value.error.issues[0]!.message };
      baseUrl = value.data;
    } else if (email === undefined && !arg.startsWith("--")) {
      email = arg;
    } else {
      return { error: USER_USAGE };
    }
  }
  return email === undefined ? { error: USER_USAGE } : { command, email, baseUrl };
}

export interface CommandResult {
  code: number;
  out: string;
}

export async function runUserCommand(argv: string[], now = new Date()): Promise<CommandResult> {
  const args = parseUserArgs(argv);
  if ("error" in args) return { code: 2, out: args.error };
  const outcome = await issuePasswordReset(args.email, args.baseUrl ?? defaultBaseUrl(), now);
  if (!outcome.ok) return { code: 1, out: `✗ ${outcome.error}` };
  const minutes = RESET_TOKEN_TTL_MS / 60_000;
  return {
    code: 0,
    out: [
      `A one-time link to set a new password for ${args.email} (works for ${minutes} minutes, once; earlier links stop working):`,
      "",
      `  ${outcome.url}`,
      "",
      "Hand it to the learner privately: whoever opens it can set the password.",
    ].join("\n"),
  };
}
