"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { EMAIL_MAX, PASSWORD_MAX, type FormState } from "@/lib/auth/schema";
import { FormAlert, FormNotice, SubmitButton } from "./form-parts";

interface Props {
  action: (state: FormState, form: FormData) => Promise<FormState>;
}

export function ChangeEmailForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form key={state.notice ?? "form"} action={formAction} className="space-y-3" noValidate>
      <FormAlert message={state.error} />
      <FormNotice message={state.notice} />
      <TextField
        required
        id="change-email-new"
        name="email"
        label="New email address"
        type="email"
        autoComplete="email"
        maxLength={EMAIL_MAX}
        defaultValue={state.email}
        error={state.fieldErrors?.email}
      />
      <TextField
        required
        id="change-email-current"
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        error={state.fieldErrors?.currentPassword}
      />
      <SubmitButton pending={pending}>Change email</SubmitButton>
    </form>
  );
}
