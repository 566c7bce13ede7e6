import { MAX_CHECK_BODY_BYTES } from "@/lib/exercises/request";
import { readBodyLimited } from "@/lib/http";
import { checkExercise } from "@/lib/exercises/service";

export const dynamic = "force-dynamic";

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

// The HTTP face of the authoritative check: the browser posts here after its own instant check.
export async function POST(request: Request, ctx: RouteContext<"/api/exercises/[id]/check">) {
  const { id } = await ctx.params;
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    return json({ error: "send the answers as application/json" }, 415);
  }
  const text = await readBodyLimited(request, MAX_CHECK_BODY_BYTES);
  if (text === null) return json({ error: `request body over ${MAX_CHECK_BODY_BYTES} bytes` }, 413);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return json({ error: "the body is not valid JSON" }, 400);
  }
  const outcome = await checkExercise(id, payload);
  return json(outcome.body, outcome.status);
}
