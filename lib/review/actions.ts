"use server";

import { revalidatePath } from "next/cache";
import { actionState } from "@/lib/server/respond";
import { resetCard, suspendCard } from "./card-browser";
import { cardActionSchema } from "./card-browser-schema";
import { unsuspendLeech } from "./data";

// Form actions with no state to report into: a refused item id, or a signed-out caller (the data functions' AppError),
// is a silent no-op. The data-access functions check whose card it is.

/** Runs one card change from a form; false when the form named no item (the pages are then left as they are). */
async function changed(formData: FormData, change: (itemId: string) => Promise<unknown>): Promise<boolean> {
  const parsed = cardActionSchema.safeParse({ itemId: formData.get("itemId") });
  if (!parsed.success) return false;
  await actionState(
    () => change(parsed.data.itemId),
    () => undefined,
  );
  return true;
}

/** Puts a suspended card (a leech, or one suspended on /cards) back into rotation. */
export async function unsuspendItem(formData: FormData): Promise<void> {
  if (!(await changed(formData, unsuspendLeech))) return;
  revalidatePath("/progress");
  revalidatePath("/cards");
}

export async function suspendItem(formData: FormData): Promise<void> {
  if (!(await changed(formData, suspendCard))) return;
  revalidatePath("/cards");
}

/** Makes an item new again: its schedule and review logs are deleted (see resetCard). */
export async function resetItem(formData: FormData): Promise<void> {
  if (!(await changed(formData, resetCard))) return;
  revalidatePath("/cards");
  revalidatePath("/progress");
}
