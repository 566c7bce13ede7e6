"use client";

import { useActionState, useEffect, useRef } from "react";
import { updateSettings, type SettingsFormState } from "@/lib/review/settings-action";
import type { ReviewSettings } from "@/lib/srs/settings";
import { Field, NumberInput } from "./setting-field";
import { TimeZoneCombobox } from "./time-zone-combobox";

export function SettingsForm({ settings, timeZones }: { settings: ReviewSettings; timeZones: string[] }) {
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(updateSettings, {});
  const err = state.fieldErrors ?? {};
  // After a refused save, the values the learner typed (with their errors); otherwise the stored ones.
  const shown = state.ok ? {} : (state.values ?? {});
  const formRef = useRef<HTMLFormElement>(null);
  // A refused save moves the keyboard to the first field that needs fixing, as the sign-up form does.
  useEffect(() => {
    if (state.fieldErrors) formRef.current?.querySelector<HTMLInputElement>("[aria-invalid='true']")?.focus();
  }, [state]);
  const described = (n: string) => (err[n] ? `${n}-hint ${n}-error` : `${n}-hint`);
  return (
    <form ref={formRef} action={action} className="max-w-md space-y-5" noValidate>
      <Field
        name="desiredRetention"
        label="Desired retention"
        hint="0.70 to 0.97. Higher means more reviews and fewer lapses."
        error={err.desiredRetention}
      >
        <NumberInput
          name="desiredRetention"
          step="0.01"
          min="0.7"
          max="0.97"
          value={shown.desiredRetention ?? settings.desiredRetention}
          error={err.desiredRetention}
        />
      </Field>
      <Field name="newPerDay" label="New items per day" hint="0 to 500." error={err.newPerDay}>
        <NumberInput
          name="newPerDay"
          step="1"
          min="0"
          max="500"
          value={shown.newPerDay ?? settings.newPerDay}
          error={err.newPerDay}
        />
      </Field>
      <Field
        name="dayStartHour"
        label="A new day starts at (hour)"
        hint="0 to 23, in your time zone; reviews before it count for the day before."
        error={err.dayStartHour}
      >
        <NumberInput
          name="dayStartHour"
          step="1"
          min="0"
          max="23"
          value={shown.dayStartHour ?? settings.dayStartHour}
          error={err.dayStartHour}
        />
      </Field>
      <Field name="timeZone" label="Time zone" hint="Used for due dates, the heatmap and streaks." error={err.timeZone}>
        <TimeZoneCombobox
          zones={timeZones}
          defaultValue={shown.timeZone ?? settings.timeZone}
          describedBy={described("timeZone")}
          invalid={!!err.timeZone}
        />
      </Field>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save settings"}
        </button>
        {state.message ? (
          <p
            role="status"
            className={state.ok ? "text-emerald-700 dark:text-emerald-300" : "text-rose-700 dark:text-rose-300"}
          >
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
