import { signedInJson } from "@/lib/auth/signed-in-json";
import { recordRating, SIGNED_OUT_RATING } from "@/lib/review/data";
import { rateRequestSchema } from "@/lib/review/schema";

export const dynamic = "force-dynamic";

/** Records one rating for the signed-in learner; idempotent on the body's reviewId. */
export function POST(request: Request) {
  return signedInJson(request, { signedOut: SIGNED_OUT_RATING, schema: rateRequestSchema }, recordRating);
}
