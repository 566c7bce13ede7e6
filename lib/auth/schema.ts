import { z } from "zod";
import { firstIssuePerField, issuesOf } from "@/lib/server/errors";

// Shared by the forms (limits as input attributes) and the server actions (safeParse at the boundary).
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const EMAIL_MAX = 254;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(EMAIL_MAX, `An email address has at most ${EMAIL_MAX} characters.`)
  .pipe(z.email("Enter a valid email address, like name@example.com."));

/**
 * Lengths in UTF-16 code units, as the form's minLength and maxLength count them: zod's min and max count code
 * points, so a password of emoji the browser let through was refused by the server (or the other way round).
 */
const longAtLeast = (n: number) => (s: string) => s.length >= n;
const longAtMost = (n: number) => (s: string) => s.length <= n;

// Passwords are never trimmed: spaces are allowed and count, but a password of nothing else is no password.
// One rule for every new password: sign-up, change and reset.
export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .refine(longAtLeast(PASSWORD_MIN), `Use at least ${PASSWORD_MIN} characters for your password.`)
  .refine(longAtMost(PASSWORD_MAX), `Use at most ${PASSWORD_MAX} characters for your password.`)
  .refine((s) => s.trim() !== "", "Use something besides spaces in your password.");

// Checking a password needs only presence and the upper bound: any other wrong password is simply a failed attempt.
const givenPassword = z
  .string({ error: "Enter your password." })
  .refine(longAtLeast(1), "Enter your password.")
  .refine(longAtMost(PASSWORD_MAX), `A password has at most ${PASSWORD_MAX} characters.`);

export const signUpSchema = z.object({ email: emailSchema, password: newPasswordSchema });

export const signInSchema = z.object({ email: emailSchema, password: givenPassword });

/** Changing the password or the email of a signed-in account: the current password proves it is the owner. */
export const changePasswordSchema = z.object({ currentPassword: givenPassword, password: newPasswordSchema });
export const changeEmailSchema = z.object({ currentPassword: givenPassword, email: emailSchema });

/** Said alike for a malformed, unknown, used or expired link: none of them tells anything about the account. */
export const RESET_LINK_INVALID = "This reset link is not valid or has expired. Ask the operator for a new one.";

/** A reset link's token is 43 characters of base64url (32 random bytes); anything else is not one of ours. */
export const resetTokenSchema = z.string({ error: RESET_LINK_INVALID }).regex(/^[\w-]{43}$/, RESET_LINK_INVALID);
export const resetPasswordSchema = z.object({ token: resetTokenSchema, password: newPasswordSchema });

export const deleteAccountSchema = z.object({
  confirmEmail: emailSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;

/** What a form action hands back to its form: one message for the form and one per field. */
export interface FormState {
  error?: string;
  fieldErrors?: Partial<Record<FormField, string>>;
  email?: string;
  /** A success message (a change saved), announced by the form. */
  notice?: string;
}

const FORM_FIELDS = ["email", "password", "confirmEmail", "currentPassword"] as const;
type FormField = (typeof FORM_FIELDS)[number];
const isFormField = (key: unknown): key is FormField => FORM_FIELDS.includes(key as FormField);

/** The first message per field, for showing beside each input. */
export function fieldErrorsOf(error: z.ZodError): NonNullable<FormState["fieldErrors"]> {
  const out: NonNullable<FormState["fieldErrors"]> = {};
  for (const [key, message] of Object.entries(firstIssuePerField(issuesOf(error)))) {
    if (isFormField(key)) out[key] = message;
  }
  return out;
}

/**
 * Where to go after signing in: only a path on this site ("/review"), never another origin ("//evil", "https://…"),
 * so the parameter cannot be used to bounce a learner somewhere else.
 */
export const callbackPathSchema = z
  .string()
  .max(200)
  .regex(/^\/(?![/\\])[\w\-./?=&%]*$/)
  .catch("/account");

/**
 * The sign-in page, sending the learner back to `back` (a path on this site) once signed in. Every page that needs an
 * account links or redirects through this, so none drops the way back: /settings sent learners to /account.
 */
export function signInPath(back: string): string {
  return `/signin?${new URLSearchParams({ callbackUrl: callbackPathSchema.parse(back) })}`;
}
