import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

// Every form control's box. The text colour is set, not inherited: a control inside a muted label (the theme
// switch) still shows its value at full contrast.
const CONTROL =
  "rounded-lg border border-zinc-300 bg-white text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";
const PADDING = { regular: "px-3 py-2", compact: "px-3 py-1.5 text-sm" } as const;

// A refused field is outlined too, not only described below it.
export const inputClass = cx(
  "w-full",
  CONTROL,
  PADDING.regular,
  "aria-invalid:border-red-600 dark:aria-invalid:border-red-400",
);

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

/** A select's classes: narrower padding than an input's (its arrow takes room); compact for a toolbar row. */
export function selectClass({ compact = false, className }: { compact?: boolean; className?: string } = {}) {
  return cx(CONTROL, "px-2", compact ? "py-1" : "py-1.5", className);
}

/** A native select in the app's control look; its label is the caller's (a Field, or a wrapping label). */
export function Select({ compact, className, ...props }: { compact?: boolean } & ComponentProps<"select">) {
  return <select className={selectClass({ compact, className })} {...props} />;
}

/**
 * A search box with a label for screen readers only: its role=search form and placeholder say what it is to the eye.
 * Compact where it shares the header's row.
 */
export function SearchInput({
  id,
  label,
  compact = false,
  className,
  ...input
}: { id: string; label: string; compact?: boolean } & Omit<ComponentProps<"input">, "id" | "type">) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className={cx("w-full", CONTROL, compact ? PADDING.compact : PADDING.regular, className)}
        {...input}
      />
    </>
  );
}
