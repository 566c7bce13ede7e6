import { signedInJson } from "@/lib/auth/signed-in-json";
import { SIGNED_OUT_CHANGE } from "@/lib/review/data";
import { cardRequestSchema } from "@/lib/review/schema";
import { suspendCard } from "@/lib/review/steer";

export const dynamic = "force-dynamic";

/** Suspends one of the learner's items from the review. */
export function POST(request: Request) {
  return signedInJson(request, { signedOut: SIGNED_OUT_CHANGE, schema: cardRequestSchema }, suspendCard);
}
