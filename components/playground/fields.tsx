import { useRef, type ReactNode } from "react";
import { usePreHydrationValues } from "@/components/use-pre-hydration-values";

const control =
  "w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:bg-zinc-900";

/**
 * A control that takes in a value it held before hydration (moved or picked early, or restored on going back), so
 * the run never trains on settings the controls no longer show. Its key is ignored: the ref is the control itself.
 */
function useEarlyValue<E extends HTMLInputElement | HTMLSelectElement>(value: string, take: (raw: string) => void) {
  const ref = useRef<E>(null);
  usePreHydrationValues(
    ref,
    () => value,
    (_key, raw) => take(raw),
  );
  return ref;
}

/** A labelled <select>; the label is a real <label>, so the control is named for assistive tech. */
export function SelectField<T extends string | number>(props: {
  id: string;
  label: ReactNode;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const pick = (raw: string) => {
    const picked = props.options.find((o) => String(o.value) === raw);
    if (picked) props.onChange(picked.value);
  };
  const ref = useEarlyValue<HTMLSelectElement>(String(props.value), pick);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {props.label}
      </label>
      <select
        ref={ref}
        id={props.id}
        className={control}
        value={String(props.value)}
        onChange={(e) => pick(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled range whose label shows the value it stands for (valueText), also given to screen readers. */
export function RangeField(props: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  valueText: string;
  onChange: (value: number) => void;
}) {
  const ref = useEarlyValue<HTMLInputElement>(String(props.value), (raw) => props.onChange(Number(raw)));
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="flex justify-between text-xs font-medium text-zinc-600 dark:text-zinc-400">
        <span>{props.label}</span>
        <output
          htmlFor={props.id}
          data-testid={`${props.id}-value`}
          className="font-mono text-zinc-900 dark:text-zinc-100"
        >
          {props.valueText}
        </output>
      </label>
      <input
        ref={ref}
        id={props.id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-valuetext={props.valueText}
        onChange={(e) => props.onChange(Number(e.target.value))}
        className="accent-sky-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      />
    </div>
  );
}

export function NumberField(props: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (v: number) => void;
}) {
  const take = (raw: string) => {
    const v = Number(raw);
    if (Number.isInteger(v) && v >= props.min && v <= props.max) props.onChange(v);
  };
  const ref = useEarlyValue<HTMLInputElement>(String(props.value), take);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {props.label}
      </label>
      <input
        ref={ref}
        id={props.id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={props.value}
        onChange={(e) => take(e.target.value)}
        className={control}
      />
    </div>
  );
}

export function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-3 rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}
