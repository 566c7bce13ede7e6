import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import GitHubProvider from "next-auth/providers/github";
import { db } from "@/lib/server/db";
import { env, type Env } from "@/lib/server/env";
import { loadAuthSecret } from "./secret";
import { SESSION_MAX_AGE_S } from "./session-cookie";

declare module "next-auth" {
  interface Session {
    user: { id: string; email?: string | null; name?: string | null; image?: string | null };
  }
}

/** The OAuth providers this configuration offers: GitHub only when both of its variables are set. */
export function oauthProviders(config: Pick<Env, "github"> = env) {
  return config.github
    ? [GitHubProvider({ clientId: config.github.clientId, clientSecret: config.github.clientSecret })]
    : [];
}

export const githubEnabled = () => env.github !== null;

/** How old a session row may get before a read extends its expiry (next-auth's updateAge; see session.ts). */
export const SESSION_UPDATE_AGE_S = 24 * 60 * 60;

// Read once per process: it is configuration, and the file (or the variable) is what survives restarts.
let secret: string | undefined;
const authSecret = () => (secret ??= loadAuthSecret().secret);

/**
 * next-auth with database sessions: a Session row per signed-in browser, its token in an httpOnly cookie. It is
 * built per request because the cookie name depends on whether the request came over https.
 */
export function authOptions(secure: boolean): NextAuthOptions {
  return {
    // The adapter is typed against @prisma/client's default output; ours is generated into lib/generated/prisma
    // with the same models, which is all the adapter touches.
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_UPDATE_AGE_S },
    secret: authSecret(),
    useSecureCookies: secure,
    providers: oauthProviders(),
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      // Only what pages need; the adapter's user row (password hash included) never leaves the server.
      session: ({ session, user }) => ({
        expires: session.expires,
        user: { id: user.id, email: user.email, name: user.name ?? null },
      }),
    },
    logger: {
      // Without GitHub nothing uses NEXTAUTH_URL, so its "missing" warning would only be noise.
      warn: (code) => {
        if (code !== "NEXTAUTH_URL" || env.github) console.warn(`[next-auth] warning: ${code}`);
      },
      error: (code, metadata) => console.error(`[next-auth] ${code}`, metadata),
      debug: () => {},
    },
  };
}
