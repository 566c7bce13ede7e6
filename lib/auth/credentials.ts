import "server-only";
import { randomBytes } from "node:crypto";
import { db, isUniqueViolation } from "@/lib/server/db";
import { DEFAULT_SETTINGS, timeZoneSchema } from "@/lib/srs/settings";
import { hashPassword, verifyPassword } from "./password";
import {
  claimSignIn,
  claimSignUp,
  clearBucket,
  emailBucket,
  rememberSignIn,
  retryMessage,
  signUpRetryMessage,
} from "./rate-limit";
import { fieldErrorsOf, signInSchema, signUpSchema, type FormState } from "./schema";
import { SESSION_MAX_AGE_S } from "./session-cookie";

// One message for unknown email and wrong password, so the form does not reveal who has an account.
export const INVALID_CREDENTIALS = "That email and password do not match an account.";
export const EMAIL_TAKEN = "An account with this email already exists. Sign in instead.";

export interface NewSession {
  sessionToken: string;
  expires: Date;
}

export type AuthOutcome = ({ ok: true; userId: string } & NewSession) | ({ ok: false } & FormState);

export interface RequestContext {
  ip: string;
  now?: Date;
}

/** A Session row in next-auth's own format: its adapter reads it back for `getServerSession`. */
export async function createSession(userId: string, now = new Date()): Promise<NewSession> {
  // 32 random bytes: the token is the whole credential, so it must not be guessable.
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_S * 1000);
  await db.$transaction([
    // next-auth deletes an expired session only when its cookie comes back; this sweeps the ones that never do.
    db.session.deleteMany({ where: { userId, expires: { lt: now } } }),
    db.session.create({ data: { sessionToken, userId, expires } }),
  ]);
  return { sessionToken, expires };
}

export async function deleteSession(sessionToken: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken } });
}

const formEmail = (input: unknown) =>
  typeof input === "object" && input !== null && typeof (input as { email?: unknown }).email === "string"
    ? (input as { email: string }).email.slice(0, 300)
    : undefined;

export async function signUpWithPassword(input: unknown, ctx: RequestContext): Promise<AuthOutcome> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), email: formEmail(input) };
  const { email, password } = parsed.data;
  const now = ctx.now ?? new Date();
  // Checked (and counted) before bcrypt, so a flood of sign-ups costs the server a query each, not a hash each.
  const claim = await claimSignUp(ctx.ip, now);
  if (claim.wait > 0) return { ok: false, error: signUpRetryMessage(claim.wait), email };
  // The browser's time zone, when the form sent a valid one, so review days start at the learner's own hour from the
  // first review; anything else is ignored (it must never block signing up) and the default, UTC, applies.
  const zone = timeZoneSchema.safeParse((input as { timeZone?: unknown }).timeZone);
  const settings =
    zone.success && zone.data !== DEFAULT_SETTINGS.timeZone ? { create: { timeZone: zone.data } } : undefined;
  // Created accounts and taken emails count (each taken email tells the asker that an account exists, so asking is
  // held to the sign-up limit); only a failure of ours gives the allowance back.
  let counted = false;
  try {
    if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
      counted = true;
      return { ok: false, fieldErrors: { email: EMAIL_TAKEN }, email };
    }
    const passwordHash = await hashPassword(password);
    const user = await db.user.create({
      data: { email, passwordHash, reviewSettings: settings },
      select: { id: true },
    });
    counted = true;
    return { ok: true, userId: user.id, ...(await createSession(user.id, now)) };
  } catch (error) {
    // Two sign-ups for one email at once: the unique index refuses the second.
    if (isUniqueViolation(error)) {
      counted = true;
      return { ok: false, fieldErrors: { email: EMAIL_TAKEN }, email };
    }
    throw error;
  } finally {
    if (!counted) await claim.release();
  }
}

export async function signInWithPassword(input: unknown, ctx: RequestContext): Promise<AuthOutcome> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), email: formEmail(input) };
  const { email, password } = parsed.data;
  const now = ctx.now ?? new Date();
  // Counted as a failure before bcrypt runs, so guesses sent at once cannot all pass the check before any is counted.
  const claim = await claimSignIn(email, ctx.ip, now);
  if (claim.wait > 0) return { ok: false, error: retryMessage(claim.wait), email };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  // Always one bcrypt comparison (against a dummy hash when the email is unknown), so timing matches.
  const valid = await verifyPassword(password, user?.passwordHash);
  if (!user || !valid) return { ok: false, error: INVALID_CREDENTIALS, email };
  // The owner proved the password: this attempt and earlier typos on this email stop counting (the IP's earlier
  // failures stay).
  await claim.release();
  await clearBucket(emailBucket(email));
  await rememberSignIn(ctx.ip, user.id, now);
  return { ok: true, userId: user.id, ...(await createSession(user.id, now)) };
}
