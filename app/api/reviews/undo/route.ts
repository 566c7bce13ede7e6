import { signedInJson } from "@/lib/auth/signed-in-json";
import { SIGNED_OUT_CHANGE, undoRating } from "@/lib/review/data";
import { undoRequestSchema } from "@/lib/review/schema";

export const dynamic = "force-dynamic";

/** Undoes the learner's latest rating of an item (ts-fsrs rollback). */
export function POST(request: Request) {
  // Its one field's messages name it already ("reviewId must be a UUID").
  return signedInJson(request, { signedOut: SIGNED_OUT_CHANGE, schema: undoRequestSchema, paths: false }, undoRating);
}
