import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { SESSION_UPDATE_AGE_S } from "./options";
import { requestIsSecure } from "./request";
import { signInPath } from "./schema";
import { SESSION_MAX_AGE_S, sessionCookieName } from "./session-cookie";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
}

/**
 * The user a session token belongs to, with next-auth's database-session rules applied exactly as its own session
 * lookup (`getServerSession`) applies them: an expired row is deleted and reads as signed out; a row older than
 * the update age gets a fresh expiry. Done here in one query because getServerSession, outside a request of its
 * own, also builds its whole configuration and a CSRF token and sets cookies that it then drops — the biggest
 * CPU cost of a review write after the database. next-auth itself still serves /api/auth/* (sign-in, sign-out).
 */
export async function userForSessionToken(sessionToken: string, now = new Date()): Promise<CurrentUser | null> {
  try {
    const row = await db.session.findUnique({
      where: { sessionToken },
      select: { expires: true, user: { select: { id: true, email: true, name: true } } },
    });
    if (!row) return null;
    if (row.expires.getTime() < now.getTime()) {
      // deleteMany: two requests racing on the same expired token must not make the second one throw.
      await db.session.deleteMany({ where: { sessionToken } });
      return null;
    }
    if (row.expires.getTime() - SESSION_MAX_AGE_S * 1000 + SESSION_UPDATE_AGE_S * 1000 <= now.getTime()) {
      await db.session.update({
        where: { sessionToken },
        data: { expires: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) },
      });
    }
    const { user } = row;
    if (!user.email) return null;
    return { id: user.id, email: user.email, name: user.name ?? null };
  } catch (error) {
    // As next-auth does: a failing lookup is logged and reads as signed out.
    console.error("[next-auth] SESSION_ERROR", error);
    return null;
  }
}

/**
 * The signed-in user for this request, or null. Works for password and GitHub sign-ins alike because both
 * leave a next-auth Session row under next-auth's cookie. Cached per request: the header and the page both ask.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(sessionCookieName(await requestIsSecure()))?.value;
  return token ? userForSessionToken(token) : null;
});

/**
 * For pages, actions and data-access modules that need a user: sends everyone else to the sign-in page, and a page
 * passes its own path as `back` so that signing in returns to it (without, sign-in lands on /account).
 */
export async function requireUser(back?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(back ? signInPath(back) : "/signin");
  return user;
}

/** What a signed-out caller of a data function is told when it names no refusal of its own. */
export const SIGNED_OUT = "sign in first";

/**
 * For data functions, which routes and actions call: the signed-in user, or an unauthorized AppError with
 * `message` (each route has always said what signing in is for: "sign in to save reviews"). Unlike requireUser it
 * never redirects, so a route answers 401 and an action reports it in its form.
 */
export async function signedInUser(message = SIGNED_OUT): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", message);
  return user;
}
