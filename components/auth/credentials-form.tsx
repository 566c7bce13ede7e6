"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN, type FormState } from "@/lib/auth/schema";
import { BrowserTimeZone } from "./browser-time-zone";
import { FormAlert, SubmitButton } from "./form-parts";

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
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state.error} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        id="email"
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        maxLength={EMAIL_MAX}
        defaultValue={state.email}
        error={state.fieldErrors?.email}
      />
      <TextField
        id="password"
        name="password"
        label="Password"
        type="password"
        autoComplete={signup ? "new-password" : "current-password"}
        required
        minLength={signup ? PASSWORD_MIN : undefined}
        maxLength={PASSWORD_MAX}
        hint={
          signup ? `${PASSWORD_MIN} to ${PASSWORD_MAX} characters; a few unrelated words make a strong one.` : undefined
        }
        error={state.fieldErrors?.password}
      />
      {signup ? <BrowserTimeZone /> : null}
      <SubmitButton pending={pending}>{signup ? "Create account" : "Sign in"}</SubmitButton>
    </form>
  );
}
