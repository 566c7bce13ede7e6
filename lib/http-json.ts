import { readBodyLimited } from "./http";

/** Request bodies above this are refused early on every JSON API route; the largest real one is under 8 KB. */
export const MAX_JSON_BODY_BYTES = 32 * 1024;

export const jsonResponse = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** Reads a JSON body with the size and type checks every API route needs; a Response when the body is refused. */
export async function readJson(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    return { ok: false, response: jsonResponse({ error: "send the body as application/json" }, 415) };
  }
  const text = await readBodyLimited(request, maxBytes);
  if (text === null) return { ok: false, response: jsonResponse({ error: `request body over ${maxBytes} bytes` }, 413) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonResponse({ error: "the body is not valid JSON" }, 400) };
  }
}
