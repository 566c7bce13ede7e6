"use client";

import { useId, type ReactNode } from "react";
import { labelMessage, type InputProblem } from "./parse";

const inputClass = "w-full rounded-md border bg-white px-2 py-1.5 font-mono text-sm tabular-nums dark:bg-zinc-900";

interface Common {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  problem?: InputProblem | null;
  hint?: ReactNode;
}

/**
 * The inline message under an input; role=alert so a screen reader hears it as it appears. The message
 * names the input by its visible label, not by the code's name for it ("fan-in", not "fanIn").
 */
export function FieldMessage({
  id,
  problem,
  name,
  label,
}: {
  id: string;
  problem?: InputProblem | null;
  name: string;
  label: ReactNode;
}) {
  if (!problem || problem.input !== name) return null;
  const called = problem.label ?? (typeof label === "string" ? label : null);
  const message = called === null ? problem.message : labelMessage(problem.message, problem.field, called);
  return (
    <p id={id} role="alert" className="text-sm text-amber-800 dark:text-amber-300">
      <span aria-hidden>⚠ </span>
      {message}
    </p>
  );
}

export function TextField({
  name,
  label,
  value,
  onChange,
  problem,
  hint,
  multiline = false,
}: Common & { multiline?: boolean }) {
  const id = useId();
  const bad = problem?.input === name;
  const describedBy = [bad ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const props = {
    id,
    name,
    value,
    spellCheck: false,
    autoComplete: "off",
    "aria-invalid": bad || undefined,
    "aria-describedby": describedBy,
    className: `${inputClass} ${bad ? "border-amber-500 border-2" : "border-zinc-300 dark:border-zinc-700"}`,
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea {...props} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...props} inputMode="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <FieldMessage id={`${id}-error`} problem={problem} name={name} label={label} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  value,
  onChange,
  options,
  problem,
}: Common & { options: readonly { value: string; label: string }[] }) {
  const id = useId();
  const bad = problem?.input === name;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        className={`${inputClass} border-zinc-300 font-sans dark:border-zinc-700`}
      >
        {/* A value from a hand-edited URL that is not an option still shows, so the message makes sense. */}
        {options.some((o) => o.value === value) ? null : <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessage id={`${id}-error`} problem={problem} name={name} label={label} />
    </div>
  );
}

/** A problem no single input owns (e.g. a combination that overflows), shown above the results. */
export function FormProblem({ problem }: { problem?: InputProblem | null }) {
  if (!problem || problem.input !== null) return null;
  return (
    <p role="alert" className="rounded-md border border-amber-500 p-3 text-sm text-amber-800 dark:text-amber-300">
      <span aria-hidden>⚠ </span>
      {problem.message}
    </p>
  );
}
