import { readBodyLimited, readChunksLimited } from "./http";
import { nestsDeeper } from "@/lib/server/json-depth";
import { startOffThreadParse } from "@/lib/server/parse-off-thread";

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

/**
 * Nesting deeper than any body this app takes (an exercise's answer grid is 4 deep, an export 3) is refused before
 * parsing: 32 MiB of brackets made every later step (parsing, then validation) cost seconds of CPU.
 */
export const MAX_JSON_DEPTH = 10;

/**
 * Whether a body's media type is exactly application/json (parameters such as charset allowed). A browser sends
 * `text/plain; application/json` or `multipart/form-data; boundary=application/json` from any site without a
 * preflight, so a type that merely mentions JSON is not one.
 */
export function isJsonMediaType(contentType: string | null): boolean {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase() === "application/json";
}

type Body = { ok: true; value: unknown } | { ok: false; response: Response };
const refused = (error: string, status: number): Body => ({ ok: false, response: jsonResponse({ error }, status) });
const tooDeep = () => refused(`the body nests deeper than ${MAX_JSON_DEPTH} levels`, 400);
const tooLarge = (maxBytes: number) => refused(`request body over ${maxBytes} bytes`, 413);
const notJson = (request: Request) =>
  isJsonMediaType(request.headers.get("content-type")) ? null : refused("send the body as application/json", 415);

/** The type and size checks every JSON route makes before parsing; the text, or the refusal. */
async function readJsonText(request: Request, maxBytes: number): Promise<{ ok: true; text: string } | Body> {
  const wrongType = notJson(request);
  if (wrongType) return wrongType;
  const text = await readBodyLimited(request, maxBytes);
  if (text === null) return tooLarge(maxBytes);
  return { ok: true, text };
}

/** Reads a JSON body with the size and type checks every API route needs; a Response when the body is refused. */
export async function readJson(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<Body> {
  const read = await readJsonText(request, maxBytes);
  if (!("text" in read)) return read;
  if (nestsDeeper(read.text, MAX_JSON_DEPTH)) return tooDeep();
  return parseJson(read.text);
}

/**
 * readJson for bodies of many megabytes (an import): the same checks and refusals, but every step whose cost grows
 * with the body (joining, decoding, the nesting scan, the parse) runs in a worker thread as the pieces arrive (see
 * parse-off-thread.ts). On the main thread, decoding and scanning 26 MB held the server ~150 ms, and one
 * JSON.parse of it ~200 ms.
 */
export async function readLargeJson(request: Request, maxBytes: number): Promise<Body> {
  const wrongType = notJson(request);
  if (wrongType) return wrongType;
  const parser = startOffThreadParse({ maxDepth: MAX_JSON_DEPTH });
  if (!(await readChunksLimited(request, maxBytes, (chunk) => parser.push(chunk)))) {
    parser.abort();
    return tooLarge(maxBytes);
  }
  const parsed = await parser.finish();
  if (parsed.ok) return parsed;
  return parsed.reason === "depth" ? tooDeep() : notParsed(parsed.reason);
}

const notParsed = (reason: "syntax" | "surrogate") =>
  refused(
    reason === "surrogate"
      ? "the body has text that is not valid Unicode (an unpaired surrogate)"
      : "the body is not valid JSON",
    400,
  );

function parseJson(text: string): Body {
  try {
    return { ok: true, value: JSON.parse(text, ESCAPED_SURROGATE.test(text) ? refuseUnpairedSurrogates : undefined) };
  } catch (error) {
    return notParsed(error instanceof UnpairedSurrogate ? "surrogate" : "syntax");
  }
}
