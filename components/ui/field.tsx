import type { ComponentProps, ReactNode } from "react";

// A refused field is outlined too, not only described below it.
export const inputClass =
  "w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 aria-invalid:border-red-600 dark:border-zinc-700 dark:bg-zinc-900 dark:aria-invalid:border-red-400";

/** The ids a field's control is described by: its error first (what needs doing), then its hint. */
export function describedBy(id: string, { hint, error }: { hint?: ReactNode; error?: string }): string | undefined {
  return [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].join(" ").trim() || undefined;
}

/** role=alert so a screen reader announces the message as soon as the form returns it. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="text-sm text-red-700 dark:text-red-300">
      {message}
    </p>
  );
}

interface FieldProps {
  /** The control's id: unique on the page, and the stem of its hint's and error's ids. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

/** A label, the control (children, which use `describedBy(id, …)`), its hint and its error. */
export function Field({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

type InputProps = Omit<ComponentProps<"input">, "id" | "className" | "aria-invalid" | "aria-describedby">;

/** A labelled input whose error and hint are tied to it with aria-describedby. */
export function TextField({ id, label, hint, error, ...input }: FieldProps & InputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        className={inputClass}
        {...input}
      />
    </Field>
  );
}

/** A labelled number input; its bounds come from the schema that checks it, so the two cannot drift apart. */
export function NumberField(
  props: FieldProps & Omit<InputProps, "type" | "min" | "max" | "step"> & { min: number; max: number; step: number },
) {
  return <TextField type="number" {...props} />;
}
