import "server-only";
import { db, isUniqueViolation } from "@/lib/server/db";
import { createSession, type NewSession } from "./credentials";
import { hashPassword, verifyPassword } from "./password";
import { claimSignIn, emailBucket, retryMessage } from "./rate-limit";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, fieldErrorsOf, type FormState } from "./schema";
import { requireUser } from "./session";

export const CONFIRM_MISMATCH = "Type the email address of this account exactly to confirm.";
export const WRONG_CURRENT_PASSWORD = "That is not the current password of this account.";
export const SAME_EMAIL = "This is already the email address of this account.";
export const EMAIL_IN_USE = "Another account already uses this email address.";
export const PASSWORD_CHANGED = "Your password was changed. Other browsers signed in to this account were signed out.";
export const EMAIL_CHANGED = "Your email address was changed. Use it to sign in from now on.";

type Refused = { ok: false } & FormState;

/**
 * Deletes the signed-in learner's own account once they typed its email. Sessions and GitHub links go with the
 * user row through the schema's cascades; the email's failed sign-in count goes too.
 */
export async function deleteMyAccount(input: unknown): Promise<{ ok: true } | Refused> {
  const user = await requireUser();
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  if (parsed.data.confirmEmail !== user.email) return { ok: false, fieldErrors: { confirmEmail: CONFIRM_MISMATCH } };
  await db.$transaction([
    db.rateLimitHit.deleteMany({ where: { bucket: emailBucket(user.email) } }),
    db.user.deleteMany({ where: { id: user.id } }),
  ]);
  return { ok: true };
}

/** Whether the signed-in account has a password: a GitHub-only one has none to prove, so /account hides those forms. */
export async function myAccountHasPassword(): Promise<boolean> {
  const user = await requireUser();
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  return row?.passwordHash != null;
}

/**
 * The current password of the signed-in account, held to the sign-in limits (lib/auth/rate-limit.ts): a stolen
 * session must not become a way to guess the password faster than the sign-in form allows.
 */
async function proveOwner(
  userId: string,
  email: string,
  password: string,
  ip: string,
  now: Date,
): Promise<Refused | null> {
  const claim = await claimSignIn(email, ip, now);
  if (claim.wait > 0) return { ok: false, error: retryMessage(claim.wait) };
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(password, row?.passwordHash))) {
    return { ok: false, fieldErrors: { currentPassword: WRONG_CURRENT_PASSWORD } };
  }
  await claim.release();
  return null;
}

export interface AccountContext {
  ip: string;
  now?: Date;
}

/**
 * A new password for the signed-in account. Every session of the account ends, this one included, and a fresh one
 * is returned for this browser: it stays signed in under a new token, and whoever else held a session is out.
 */
export async function changeMyPassword(
  input: unknown,
  ctx: AccountContext,
): Promise<({ ok: true; notice: string } & NewSession) | Refused> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const now = ctx.now ?? new Date();
  const refused = await proveOwner(user.id, user.email, parsed.data.currentPassword, ctx.ip, now);
  if (refused) return refused;
  const passwordHash = await hashPassword(parsed.data.password);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId: user.id } }),
    // A reset link made before the change must not undo it.
    db.passwordReset.deleteMany({ where: { userId: user.id } }),
  ]);
  return { ok: true, notice: PASSWORD_CHANGED, ...(await createSession(user.id, now)) };
}

/** A new email address for the signed-in account; sessions stay, since the password did not change. */
export async function changeMyEmail(
  input: unknown,
  ctx: AccountContext,
): Promise<{ ok: true; notice: string } | Refused> {
  const user = await requireUser();
  const parsed = changeEmailSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, currentPassword } = parsed.data;
  if (email === user.email) return { ok: false, fieldErrors: { email: SAME_EMAIL } };
  const refused = await proveOwner(user.id, user.email, currentPassword, ctx.ip, ctx.now ?? new Date());
  if (refused) return refused;
  try {
    await db.user.update({ where: { id: user.id }, data: { email } });
  } catch (error) {
    // The unique index is the check: a look-up first would still race another sign-up for the same address.
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { email: EMAIL_IN_USE } };
    throw error;
  }
  return { ok: true, notice: EMAIL_CHANGED };
}
