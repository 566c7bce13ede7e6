"use server";

import { revalidatePath } from "next/cache";
import { firstIssuePerField, issuesOf } from "@/lib/server/errors";
import { actionState } from "@/lib/server/respond";
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
    const fieldErrors = firstIssuePerField(issuesOf(parsed.error));
    return { ok: false, message: "Some settings need fixing.", fieldErrors, values: typed(formData) };
  }
  const settings = parsed.data;
  return actionState<SettingsFormState>(
    async () => {
      await saveSettings(settings);
      revalidatePath("/review");
      return { ok: true, message: "Settings saved." };
    },
    // Signed out, or the account deleted meanwhile: the AppError's message is the form's.
    (error) => ({ ok: false, message: error.message, values: typed(formData) }),
  );
}
