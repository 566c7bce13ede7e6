import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

// Small presentational pieces shared by the account forms (rendered inside their client components).

/** Announced as soon as the action returns it (an error Alert is role=alert). */
export function FormAlert({ message }: { message?: string }) {
  if (!message) return null;
  return <Alert tone="error">{message}</Alert>;
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

/** A saved change, announced politely (an info Alert is role=status). */
export function FormNotice({ message }: { message?: string }) {
  if (!message) return null;
  return <Alert tone="info">{message}</Alert>;
}
