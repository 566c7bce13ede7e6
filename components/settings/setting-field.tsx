// The labelled fields of the settings form: label, input, hint and error, wired together for screen readers.
import type { ReactNode } from "react";

// A refused field is outlined too, not only described below it.
export const input =
  "w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 aria-invalid:border-rose-500 dark:border-zinc-700 dark:bg-zinc-900 dark:aria-invalid:border-rose-400";

export function Field({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      {children}
      <p id={`${name}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
        {hint}
      </p>
      {error ? (
        <p id={`${name}-error`} role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type NumberSetting = "desiredRetention" | "newPerDay" | "dayStartHour";

/** One numeric setting's input: its bounds, what to show in it, and how it is described and flagged. */
export function NumberInput(props: {
  name: NumberSetting;
  step: string;
  min: string;
  max: string;
  value: string | number;
  error?: string;
}) {
  const { name, error } = props;
  return (
    <input
      id={name}
      name={name}
      type="number"
      step={props.step}
      min={props.min}
      max={props.max}
      defaultValue={props.value}
      aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
      aria-invalid={!!error}
      className={input}
    />
  );
}
