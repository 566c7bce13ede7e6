import "server-only";
import { db } from "@/lib/server/db";
import { issuesOf } from "@/lib/server/errors";
import { hashPassword } from "./password";
import { emailBucket } from "./rate-limit";
import { hashResetToken, newResetToken, resetLink, resetTokenExpired } from "./reset-token";
import {
  emailSchema,
  fieldErrorsOf,
  RESET_LINK_INVALID,
  resetPasswordSchema,
  resetTokenSchema,
  type FormState,
} from "./schema";

export const NO_SUCH_ACCOUNT = "No account has this email address.";

export type IssueOutcome = { ok: true; url: string; expires: Date } | { ok: false; error: string };

/**
 * For the operator's command (scripts/tasks/user.ts), not for any request: a self-hosted install has no mail, so the
 * operator hands the link over. A new link replaces the account's earlier ones, so only the latest works. It may say
 * which emails have accounts because only the operator, who can read the database anyway, runs it.
 */
export async function issuePasswordReset(email: string, baseUrl: string, now = new Date()): Promise<IssueOutcome> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return { ok: false, error: issuesOf(parsed.error, 1)[0]!.message };
  const user = await db.user.findUnique({ where: { email: parsed.data }, select: { id: true } });
  if (!user) return { ok: false, error: NO_SUCH_ACCOUNT };
  const { token, tokenHash, expires } = newResetToken(now);
  await db.$transaction([
    db.passwordReset.deleteMany({ where: { userId: user.id } }),
    db.passwordReset.create({ data: { tokenHash, userId: user.id, expires } }),
  ]);
  return { ok: true, url: resetLink(baseUrl, token), expires };
}

/** Whether a token from a link is still usable: the page asks before it shows the form. */
export async function resetTokenIsValid(token: unknown, now = new Date()): Promise<boolean> {
  if (typeof token !== "string" || !resetTokenSchema.safeParse(token).success) return false;
  const row = await db.passwordReset.findUnique({ where: { tokenHash: hashResetToken(token) } });
  return row !== null && !resetTokenExpired(row.expires, now);
}

/**
 * Sets a new password from a reset link. The token is consumed by a conditional delete, so two submissions of one
 * link cannot both succeed; every session of the account ends (whoever knew the old password is out) and the email's
 * failed sign-ins are forgotten, so the owner can sign in at once.
 */
export async function resetPasswordWithToken(
  input: unknown,
  now = new Date(),
): Promise<{ ok: true } | ({ ok: false } & FormState)> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const tokenBad = issuesOf(parsed.error).some((i) => i.path.split(".")[0] === "token");
    return { ok: false, fieldErrors, error: tokenBad ? RESET_LINK_INVALID : undefined };
  }
  const tokenHash = hashResetToken(parsed.data.token);
  const row = await db.passwordReset.findUnique({ where: { tokenHash }, select: { userId: true, expires: true } });
  if (!row || resetTokenExpired(row.expires, now)) return { ok: false, error: RESET_LINK_INVALID };
  // Hashed before the transaction: bcrypt is slow and must not hold the one connection.
  const passwordHash = await hashPassword(parsed.data.password);
  const done = await db.$transaction(async (tx) => {
    const consumed = await tx.passwordReset.deleteMany({ where: { tokenHash, expires: { gt: now } } });
    if (consumed.count === 0) return false;
    const user = await tx.user.update({ where: { id: row.userId }, data: { passwordHash }, select: { email: true } });
    await tx.passwordReset.deleteMany({ where: { userId: row.userId } });
    await tx.session.deleteMany({ where: { userId: row.userId } });
    if (user.email) await tx.rateLimitHit.deleteMany({ where: { bucket: emailBucket(user.email) } });
    return true;
  });
  return done ? { ok: true } : { ok: false, error: RESET_LINK_INVALID };
}
