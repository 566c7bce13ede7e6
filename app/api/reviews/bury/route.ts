import { getCurrentUser } from "@/lib/auth/session";
import { jsonResponse, readJson } from "@/lib/server/http-json";
import { buryCard } from "@/lib/review/steer";

export const dynamic = "force-dynamic";

/** Buries one of the learner's items until their next day starts. */
export async function POST(request: Request) {
  // The session before the body, as on every signed-in route.
  if (!(await getCurrentUser())) return jsonResponse({ error: "sign in to change reviews" }, 401);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const outcome = await buryCard(body.value);
  return jsonResponse(outcome.body, outcome.status);
}
