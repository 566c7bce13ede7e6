import { signedInUser } from "@/lib/auth/session";
import { readJson } from "@/lib/server/http-json";
import { parseInput } from "@/lib/server/errors";
import { respond } from "@/lib/server/respond";
import { SIGNED_OUT_CHANGE } from "@/lib/review/data";
import { cardRequestSchema } from "@/lib/review/schema";
import { buryCard } from "@/lib/review/steer";

export const dynamic = "force-dynamic";

/** Buries one of the learner's items until their next day starts. */
export function POST(request: Request) {
  return respond(async () => {
    // The session before the body, as on every signed-in route.
    await signedInUser(SIGNED_OUT_CHANGE);
    const body = await readJson(request);
    if (!body.ok) return body.response;
    return buryCard(parseInput(cardRequestSchema, body.value));
  });
}
