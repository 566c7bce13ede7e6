"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, NumberField } from "@/components/ui/field";
import { updateSettings, type SettingsFormState } from "@/lib/review/settings-action";
import { SETTING_LIMITS, type ReviewSettings } from "@/lib/srs/settings";
import { TimeZoneCombobox } from "./time-zone-combobox";

// The bounds (and the hints that state them) come from the schema the server checks the save with.
const { desiredRetention: retention, newPerDay: perDay, dayStartHour: hour } = SETTING_LIMITS;

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
  const zoneHint = "Used for due dates, the heatmap and streaks.";
  return (
    <form ref={formRef} action={action} className="max-w-md space-y-5" noValidate>
      <NumberField
        id="desiredRetention"
        name="desiredRetention"
        label="Desired retention"
        hint={`${retention.min.toFixed(2)} to ${retention.max.toFixed(2)}. Higher means more reviews and fewer lapses.`}
        {...retention}
        defaultValue={shown.desiredRetention ?? settings.desiredRetention}
        error={err.desiredRetention}
      />
      <NumberField
        id="newPerDay"
        name="newPerDay"
        label="New items per day"
        hint={`${perDay.min} to ${perDay.max}.`}
        {...perDay}
        defaultValue={shown.newPerDay ?? settings.newPerDay}
        error={err.newPerDay}
      />
      <NumberField
        id="dayStartHour"
        name="dayStartHour"
        label="A new day starts at (hour)"
        hint={`${hour.min} to ${hour.max}, in your time zone; reviews before it count for the day before.`}
        {...hour}
        defaultValue={shown.dayStartHour ?? settings.dayStartHour}
        error={err.dayStartHour}
      />
      <Field id="timeZone" label="Time zone" hint={zoneHint} error={err.timeZone}>
        <TimeZoneCombobox
          zones={timeZones}
          defaultValue={shown.timeZone ?? settings.timeZone}
          describedBy={describedBy("timeZone", { hint: zoneHint, error: err.timeZone })}
          invalid={!!err.timeZone}
        />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
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
