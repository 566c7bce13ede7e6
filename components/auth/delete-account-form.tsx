"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { EMAIL_MAX, type FormState } from "@/lib/auth/schema";
import { FormAlert, SubmitButton } from "./form-parts";

interface Props {
  email: string;
  action: (state: FormState, form: FormData) => Promise<FormState>;
}

// The confirmation step is a <details> disclosure: it opens without JavaScript, and the typed email is checked
// again on the server.
export function DeleteAccountForm({ email, action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const error = state.fieldErrors?.confirmEmail;
  return (
    <details className="group rounded-lg ring-1 ring-red-200 dark:ring-red-900" open={Boolean(error || state.error)}>
      <summary className="cursor-pointer px-4 py-3 font-medium text-red-700 dark:text-red-300">
        Delete my account
      </summary>
      <form action={formAction} className="space-y-3 px-4 pb-4" noValidate>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          This removes your account, your sign-ins and everything saved for you. It cannot be undone.
        </p>
        <FormAlert message={state.error} />
        <TextField
          id="confirm-email"
          name="confirmEmail"
          label={
            <>
              Type <span className="font-mono">{email}</span> to confirm
            </>
          }
          type="email"
          autoComplete="off"
          required
          maxLength={EMAIL_MAX}
          error={error}
        />
        <SubmitButton pending={pending} danger>
          Permanently delete my account
        </SubmitButton>
      </form>
    </details>
  );
}
