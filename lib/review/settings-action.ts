"use server";

import { revalidatePath } from "next/cache";
import { reviewSettingsFormSchema } from "@/lib/srs/settings";
import { saveSettings } from "./data";

export interface SettingsFormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the learner typed, echoed back: React resets a form after its action, which would otherwise put the
   * stored values back beside errors about the values that were refused. */
  values?: Partial<Record<SettingsField, string>>;
}

// The form's own fields, as its schema names them.
const FIELDS = reviewSettingsFormSchema.keyof().options;
type SettingsField = (typeof FIELDS)[number];
// Long enough for any real time zone name; a pasted megabyte is not worth sending back.
const ECHO_MAX = 100;

function typed(formData: FormData): Partial<Record<SettingsField, string>> {
  const out: Partial<Record<SettingsField, string>> = {};
  for (const f of FIELDS) {
    const v = formData.get(f);
    if (typeof v === "string") out[f] = v.slice(0, ECHO_MAX);
  }
  return out;
}

export async function updateSettings(_prev: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const parsed = reviewSettingsFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { ok: false, message: "Some settings need fixing.", fieldErrors, values: typed(formData) };
  }
  if (!(await saveSettings(parsed.data)))
    return { ok: false, message: "You are signed out; sign in and try again.", values: typed(formData) };
  revalidatePath("/review");
  return { ok: true, message: "Settings saved." };
}
