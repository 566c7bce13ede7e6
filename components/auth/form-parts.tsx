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

/** role=status: a saved change is announced politely, after whatever the reader is saying. */
export function FormNotice({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded-lg bg-zinc-100 px-3 py-2 text-sm dark:bg-zinc-900">
      {message}
    </p>
  );
}

interface FieldProps {
  /** Unique on the page: several account forms share one page. */
  id: string;
  name: string;
  label: string;
  type: "email" | "password";
  autoComplete: string;
  error?: string;
  hint?: string;
  minLength?: number;
  maxLength: number;
  defaultValue?: string;
}

/** A labelled input whose error and hint are tied to it with aria-describedby. */
export function TextField({
  id,
  name,
  label,
  type,
  autoComplete,
  error,
  hint,
  minLength,
  maxLength,
  defaultValue,
}: FieldProps) {
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].join(" ").trim() || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        minLength={minLength}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
