"use client";

import { useActionState } from "react";
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN, type FormState } from "@/lib/auth/schema";
import { BrowserTimeZone } from "./browser-time-zone";
import { FieldError, FormAlert, inputClass, SubmitButton } from "./form-parts";

interface Props {
  mode: "signin" | "signup";
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** Where sign-in returns to (checked again on the server). */
  callbackUrl?: string;
}

// One form for both pages: a plain <form> posting to a server action, so it also works without JavaScript.
export function CredentialsForm({ mode, action, callbackUrl }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const signup = mode === "signup";
  const emailError = state.fieldErrors?.email;
  const passwordError = state.fieldErrors?.password;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state.error} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={EMAIL_MAX}
          defaultValue={state.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : undefined}
          className={inputClass}
        />
        <FieldError id="email-error" message={emailError} />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={signup ? "new-password" : "current-password"}
          required
          minLength={signup ? PASSWORD_MIN : undefined}
          maxLength={PASSWORD_MAX}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={
            [passwordError ? "password-error" : "", signup ? "password-hint" : ""].join(" ").trim() || undefined
          }
          className={inputClass}
        />
        {signup ? (
          <p id="password-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
            {PASSWORD_MIN} to {PASSWORD_MAX} characters; a few unrelated words make a strong one.
          </p>
        ) : null}
        <FieldError id="password-error" message={passwordError} />
      </div>
      {signup ? <BrowserTimeZone /> : null}
      <SubmitButton pending={pending}>{signup ? "Create account" : "Sign in"}</SubmitButton>
    </form>
  );
}
