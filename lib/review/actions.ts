"use server";

import { revalidatePath } from "next/cache";
import { resetCard, suspendCard } from "./card-browser";
import { cardActionSchema } from "./card-browser-schema";
import { unsuspendLeech } from "./data";

// Form actions with no state to report into: a refused item id is a silent no-op. The data-access functions check
// whose card it is.

/** Puts a suspended card (a leech, or one suspended on /cards) back into rotation. */
export async function unsuspendItem(formData: FormData): Promise<void> {
  const parsed = cardActionSchema.safeParse({ itemId: formData.get("itemId") });
  if (!parsed.success) return;
  await unsuspendLeech(parsed.data.itemId);
  revalidatePath("/progress");
  revalidatePath("/cards");
}

export async function suspendItem(formData: FormData): Promise<void> {
  const parsed = cardActionSchema.safeParse({ itemId: formData.get("itemId") });
  if (!parsed.success) return;
  await suspendCard(parsed.data.itemId);
  revalidatePath("/cards");
}

/** Makes an item new again: its schedule and review logs are deleted (see resetCard). */
export async function resetItem(formData: FormData): Promise<void> {
  const parsed = cardActionSchema.safeParse({ itemId: formData.get("itemId") });
  if (!parsed.success) return;
  await resetCard(parsed.data.itemId);
  revalidatePath("/cards");
  revalidatePath("/progress");
}
