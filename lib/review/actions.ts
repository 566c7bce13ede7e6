"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { contentIdSchema } from "@/lib/content/schema";
import { unsuspendLeech } from "./data";

const unsuspendSchema = z.object({ itemId: contentIdSchema });

/** Puts a leech back into rotation (the data-access function checks whose card it is). */
export async function unsuspendItem(formData: FormData): Promise<void> {
  const parsed = unsuspendSchema.safeParse({ itemId: formData.get("itemId") });
  if (!parsed.success) return;
  await unsuspendLeech(parsed.data.itemId);
  revalidatePath("/progress");
}
