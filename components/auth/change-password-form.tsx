"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { PASSWORD_MAX, PASSWORD_MIN, type FormState } from "@/lib/auth/schema";
import { FormAlert, FormNotice, SubmitButton } from "./form-parts";

interface Props {
  action: (state: FormState, form: FormData) => Promise<FormState>;
}

export function ChangePasswordForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    // key: a saved change empties the fields, so the new password is not left sitting in the form.
    <form key={state.notice ?? "form"} action={formAction} className="space-y-3" noValidate>
      <FormAlert message={state.error} />
      <FormNotice message={state.notice} />
      <TextField
        required
        id="change-password-current"
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        error={state.fieldErrors?.currentPassword}
      />
      <TextField
        required
        id="change-password-new"
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. Other browsers signed in to this account will be signed out.`}
        error={state.fieldErrors?.password}
      />
      <SubmitButton pending={pending}>Change password</SubmitButton>
    </form>
  );
}
