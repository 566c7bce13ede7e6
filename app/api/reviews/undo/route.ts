import { signedInUser } from "@/lib/auth/session";
import { readJson } from "@/lib/server/http-json";
import { parseInput } from "@/lib/server/errors";
import { respond } from "@/lib/server/respond";
import { SIGNED_OUT_CHANGE, undoRating } from "@/lib/review/data";
import { undoRequestSchema } from "@/lib/review/schema";

export const dynamic = "force-dynamic";

/** Undoes the learner's latest rating of an item (ts-fsrs rollback). */
export function POST(request: Request) {
  return respond(async () => {
    // The session before the body, as on every signed-in route.
    await signedInUser(SIGNED_OUT_CHANGE);
    const body = await readJson(request);
    if (!body.ok) return body.response;
    // Its one field's messages name it already ("reviewId must be a UUID").
    return undoRating(parseInput(undoRequestSchema, body.value, { paths: false }));
  });
}
