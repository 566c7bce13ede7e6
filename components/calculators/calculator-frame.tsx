import Link from "next/link";
import { useRef, type ReactNode } from "react";
import { cardClass } from "@/components/ui/card";
import { stateQuery, type CalculatorState } from "./use-calculator-state";
import { useHydrated } from "@/components/use-hydrated";
import { usePreHydrationValues } from "@/components/use-pre-hydration-values";

interface Props<K extends string> {
  title: string;
  slug: string;
  /** True on the calculator's own page; embedded copies link there with their current state. */
  standalone: boolean;
  state: CalculatorState<K>;
  /** Takes in a value typed before hydration; the calculator routes it as it would the field's own change. */
  set: (key: K, value: string) => void;
  inputs: ReactNode;
  children: ReactNode;
}

/** The shared layout: inputs beside (or, on a phone, above) the results, and a link that reproduces the state. */
export function CalculatorFrame<K extends string>({ title, slug, standalone, state, set, inputs, children }: Props<K>) {
  const href = `/calculators/${slug}?${stateQuery(state)}`;
  const form = useRef<HTMLFormElement>(null);
  // Fields are named by their state key, so a key the state has is one of K.
  const known = (key: string) => (Object.hasOwn(state, key) ? state[key as K] : undefined);
  usePreHydrationValues(form, known, (key, value) => set(key as K, value));
  // Set once React owns the inputs: typing before that lands in the server's HTML and is not seen.
  // Browser tests wait for it instead of guessing.
  const hydrated = useHydrated();
  return (
    <section
      aria-label={`${title} calculator`}
      data-calculator={slug}
      data-hydrated={hydrated ? "" : undefined}
      className={cardClass("not-prose my-4 space-y-4 p-4 sm:p-5")}
    >
      {standalone ? null : (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="font-semibold">{title}</h3>
          <Link href={href} className="text-sm text-brand-600 underline underline-offset-2 dark:text-brand-100">
            Open on its own page
          </Link>
        </div>
      )}
      <div className="grid gap-5 md:grid-cols-[minmax(12rem,16rem)_1fr]">
        <form ref={form} className="space-y-3" onSubmit={(e) => e.preventDefault()} aria-label={`${title} inputs`}>
          {inputs}
        </form>
        <div className="min-w-0 space-y-4" data-results="">
          {children}
        </div>
      </div>
    </section>
  );
}

/** A labelled number in the results. */
export function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="rounded-lg bg-zinc-50 px-3 py-2 dark:bg-zinc-900">
      <dt className="text-xs text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="font-mono text-base tabular-nums" data-stat={label}>
        {value}
      </dd>
    </div>
  );
}

export function Stats({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">{children}</dl>;
}
