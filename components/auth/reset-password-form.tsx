"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { PASSWORD_MAX, PASSWORD_MIN, type FormState } from "@/lib/auth/schema";
import { FormAlert, SubmitButton } from "./form-parts";

interface Props {
  token: string;
  action: (state: FormState, form: FormData) => Promise<FormState>;
}

export function ResetPasswordForm({ token, action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state.error} />
      <input type="hidden" name="token" value={token} />
      <TextField
        required
        id="reset-password-new"
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. Every browser signed in to this account will be signed out.`}
        error={state.fieldErrors?.password}
      />
      <SubmitButton pending={pending}>Set new password</SubmitButton>
    </form>
  );
}
