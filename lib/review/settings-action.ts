"use server";

import { revalidatePath } from "next/cache";
import { reviewSettingsFormSchema } from "@/lib/srs/settings";
import { saveSettings } from "./data";

export interface SettingsFormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
}

export async function updateSettings(_prev: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const parsed = reviewSettingsFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { ok: false, message: "Some settings need fixing.", fieldErrors };
  }
  if (!(await saveSettings(parsed.data))) return { ok: false, message: "You are signed out; sign in and try again." };
  revalidatePath("/review");
  return { ok: true, message: "Settings saved." };
}
