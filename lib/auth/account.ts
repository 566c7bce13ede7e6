import "server-only";
import { db } from "@/lib/db";
import { emailBucket } from "./rate-limit";
import { deleteAccountSchema, fieldErrorsOf, type FormState } from "./schema";
import { requireUser } from "./session";

export const CONFIRM_MISMATCH = "Type the email address of this account exactly to confirm.";

/**
 * Deletes the signed-in learner's own account once they typed its email. Sessions and GitHub links go with the
 * user row through the schema's cascades; the email's failed sign-in count goes too.
 */
export async function deleteMyAccount(input: unknown): Promise<{ ok: true } | ({ ok: false } & FormState)> {
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
