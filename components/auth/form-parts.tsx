import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

// Small presentational pieces shared by the account forms (rendered inside their client components).

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
    <Button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      variant={danger ? "danger" : "primary"}
      className="w-full"
    >
      {pending ? "Working…" : children}
    </Button>
  );
}

/** role=status: a saved change is announced politely, after whatever the reader is saying. */
export function FormNotice({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded-lg bg-zinc-100 px-3 py-2 text-sm dark:bg-zinc-900">
      {message}
    </p>
  );
}
