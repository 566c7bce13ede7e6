import type { ReactNode } from "react";

// Small presentational pieces shared by the account forms (rendered inside their client components).
export const inputClass =
  "w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 aria-invalid:border-red-600 dark:border-zinc-700 dark:bg-zinc-900";

/** role=alert so screen readers announce the message as soon as the action returns it. */
export function FormAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-900"
    >
      {message}
    </p>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="text-sm text-red-700 dark:text-red-300">
      {message}
    </p>
  );
}

export function SubmitButton({
  pending,
  children,
  danger,
}: {
  pending: boolean;
  children: ReactNode;
  danger?: boolean;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`w-full rounded-lg px-4 py-2 font-medium text-white disabled:opacity-60 ${
        danger ? "bg-red-700 hover:bg-red-800" : "bg-brand-600 hover:bg-brand-700"
      }`}
    >
      {pending ? "Working…" : children}
    </button>
  );
}
