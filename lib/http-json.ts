import { readBodyLimited } from "./http";

/** Request bodies above this are refused early on every JSON API route; the largest real one is under 8 KB. */
export const MAX_JSON_BODY_BYTES = 32 * 1024;

/**
 * A JSON answer with its length. Next's server gzips a body of 1 KB or more and, without a length, cannot tell, so
 * it started a gzip stream for every ~100-byte answer (a rating's), which cost more CPU than a database query.
 */
export function jsonResponse(body: unknown, status: number, cacheControl = "no-store"): Response {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  return new Response(bytes, {
    status,
    headers: {
      "content-type": "application/json",
      "Cache-Control": cacheControl,
      "Content-Length": String(bytes.byteLength),
    },
  });
}

// JSON can spell an unpaired UTF-16 surrogate ("\ud800") that no UTF-8 text contains, and Prisma's query engine
// fails on such a string (a 500). No real client sends one, so the whole body is refused. Only bodies with an
// escaped surrogate pay for the walk.
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;
const UNPAIRED_SURROGATE = /\p{Cs}/u;
class UnpairedSurrogate extends Error {}
function refuseUnpairedSurrogates(key: string, value: unknown) {
  if (UNPAIRED_SURROGATE.test(key) || (typeof value === "string" && UNPAIRED_SURROGATE.test(value)))
    throw new UnpairedSurrogate();
  return value;
}

/** Reads a JSON body with the size and type checks every API route needs; a Response when the body is refused. */
export async function readJson(
  request: Request,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    return { ok: false, response: jsonResponse({ error: "send the body as application/json" }, 415) };
  }
  const text = await readBodyLimited(request, maxBytes);
  if (text === null)
    return { ok: false, response: jsonResponse({ error: `request body over ${maxBytes} bytes` }, 413) };
  try {
    return { ok: true, value: JSON.parse(text, ESCAPED_SURROGATE.test(text) ? refuseUnpairedSurrogates : undefined) };
  } catch (error) {
    const message =
      error instanceof UnpairedSurrogate
        ? "the body has text that is not valid Unicode (an unpaired surrogate)"
        : "the body is not valid JSON";
    return { ok: false, response: jsonResponse({ error: message }, 400) };
  }
}
