import { signedInUser } from "@/lib/auth/session";
import { readJson } from "@/lib/server/http-json";
import { parseInput } from "@/lib/server/errors";
import { respond } from "@/lib/server/respond";
import { SIGNED_OUT_CHANGE } from "@/lib/review/data";
import { cardRequestSchema } from "@/lib/review/schema";
import { suspendCard } from "@/lib/review/steer";

export const dynamic = "force-dynamic";

/** Suspends one of the learner's items from the review. */
export function POST(request: Request) {
  return respond(async () => {
    // The session before the body, as on every signed-in route.
    await signedInUser(SIGNED_OUT_CHANGE);
    const body = await readJson(request);
    if (!body.ok) return body.response;
    return suspendCard(parseInput(cardRequestSchema, body.value));
  });
}
