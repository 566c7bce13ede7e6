"use server";
// Thin server actions: parsing, rate limiting and the database work live in credentials.ts and account.ts
// (testable without a request); these only add the request's IP and cookies, then redirect.
import { redirect } from "next/navigation";
import { deleteMyAccount } from "./account";
import { deleteSession, signInWithPassword, signUpWithPassword } from "./credentials";
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
  redirect("/account");
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
