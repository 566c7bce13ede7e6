import { signedInJson } from "@/lib/auth/signed-in-json";
import { SIGNED_OUT_CHANGE } from "@/lib/review/data";
import { cardRequestSchema } from "@/lib/review/schema";
import { buryCard } from "@/lib/review/steer";

export const dynamic = "force-dynamic";

/** Buries one of the learner's items until their next day starts. */
export function POST(request: Request) {
  return signedInJson(request, { signedOut: SIGNED_OUT_CHANGE, schema: cardRequestSchema }, buryCard);
}
