"use server";
// Thin server actions: parsing, rate limiting and the database work live in credentials.ts and account.ts
// (testable without a request); these only add the request's IP and cookies, then redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changeMyEmail, changeMyPassword, deleteMyAccount } from "./account";
import { deleteSession, signInWithPassword, signUpWithPassword } from "./credentials";
import { resetPasswordWithToken } from "./password-reset";
import { clearSessionCookies, clientIp, setSessionCookie } from "./request";
import { callbackPathSchema, type FormState } from "./schema";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const outcome = await signInWithPassword(
    { email: field(form, "email"), password: field(form, "password") },
    { ip: await clientIp() },
  );
  if (!outcome.ok) return { error: outcome.error, fieldErrors: outcome.fieldErrors, email: outcome.email };
  await setSessionCookie(outcome.sessionToken, outcome.expires);
  redirect(callbackPathSchema.parse(field(form, "callbackUrl") ?? "/account"));
}

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const outcome = await signUpWithPassword(
    { email: field(form, "email"), password: field(form, "password"), timeZone: field(form, "timeZone") },
    { ip: await clientIp() },
  );
  if (!outcome.ok) return { error: outcome.error, fieldErrors: outcome.fieldErrors, email: outcome.email };
  await setSessionCookie(outcome.sessionToken, outcome.expires);
  // A new account lands on the start page, which says what to do first; sign-in goes back where it was asked from.
  redirect("/start");
}

export async function signOutAction(): Promise<void> {
  for (const token of await clearSessionCookies()) await deleteSession(token);
  redirect("/");
}

export async function deleteAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const outcome = await deleteMyAccount({ confirmEmail: field(form, "confirmEmail") });
  if (!outcome.ok) return { error: outcome.error, fieldErrors: outcome.fieldErrors };
  await clearSessionCookies();
  redirect("/signin?deleted=1");
}

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const outcome = await changeMyPassword(
    { currentPassword: field(form, "currentPassword"), password: field(form, "password") },
    { ip: await clientIp() },
  );
  if (!outcome.ok) return { error: outcome.error, fieldErrors: outcome.fieldErrors };
  // Every session row of the account is gone; this browser carries on under the new one.
  await setSessionCookie(outcome.sessionToken, outcome.expires);
  return { notice: outcome.notice };
}

export async function changeEmailAction(_prev: FormState, form: FormData): Promise<FormState> {
  const outcome = await changeMyEmail(
    { currentPassword: field(form, "currentPassword"), email: field(form, "email") },
    { ip: await clientIp() },
  );
  if (!outcome.ok) return { error: outcome.error, fieldErrors: outcome.fieldErrors, email: field(form, "email") };
  // The header and the account page show the address: render them again with the new one.
  revalidatePath("/", "layout");
  return { notice: outcome.notice };
}

export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const outcome = await resetPasswordWithToken({ token: field(form, "token"), password: field(form, "password") });
  if (!outcome.ok) return { error: outcome.error, fieldErrors: outcome.fieldErrors };
  // The account's sessions are gone, this browser's too if it had one: its cookie would only point at nothing.
  await clearSessionCookies();
  redirect("/signin?reset=1");
}
