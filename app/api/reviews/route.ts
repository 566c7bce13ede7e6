import { signedInUser } from "@/lib/auth/session";
import { readJson } from "@/lib/server/http-json";
import { parseInput } from "@/lib/server/errors";
import { respond } from "@/lib/server/respond";
import { recordRating, SIGNED_OUT_RATING } from "@/lib/review/data";
import { rateRequestSchema } from "@/lib/review/schema";

export const dynamic = "force-dynamic";

/** Records one rating for the signed-in learner; idempotent on the body's reviewId. */
export function POST(request: Request) {
  return respond(async () => {
    // The session before the body: a signed-out client may not make the server read, let alone parse, anything.
    await signedInUser(SIGNED_OUT_RATING);
    const body = await readJson(request);
    if (!body.ok) return body.response;
    return recordRating(parseInput(rateRequestSchema, body.value));
  });
}
