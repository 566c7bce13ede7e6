import "server-only";
import { NextRequest } from "next/server";
import { jsonResponse, MAX_JSON_BODY_BYTES } from "@/lib/server/http-json";
import { readBodyLimited } from "@/lib/server/http";

// next-auth v4 answers some malformed requests with a 500 ("problem with the server configuration") or throws:
// a callbackUrl that is not an http(s) URL or a path, an error code it copies unencoded into a Location header,
// or a body it cannot parse. Its own client only ever posts small form-encoded bodies and its error codes are
// words ("OAuthSignin"), so anything else is refused here with a 4xx before next-auth sees it.

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** next-auth's own test (core/lib/assert.ts): a path on this site, or an absolute http(s) URL. */
function isHttpUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, url.startsWith("/") ? "http://localhost" : undefined).protocol);
  } catch {
    return false;
  }
}

const refuse = (error: string, status: number) => ({ ok: false as const, response: jsonResponse({ error }, status) });

/** The request to hand to next-auth (its body already read, within limits), or the 4xx that refuses it. */
export async function checkNextAuthRequest(
  request: NextRequest,
  segments: string[],
): Promise<{ ok: true; request: NextRequest } | { ok: false; response: Response }> {
  // next-auth's client logger posts here, and next-auth writes whatever it gets to the server log (newlines, so forged
  // lines, at megabytes a second). Nothing in this app uses that client, so the endpoint does not exist.
  if (segments[0] === "_log") return refuse("not found", 404);
  // Every value of a repeated parameter is checked: next-auth reads the last one.
  const query = request.nextUrl.searchParams;
  const errors = [
    ...query.getAll("error"),
    ...(segments[0] === "error" && segments[1] !== undefined ? [segments[1]] : []),
  ];
  if (errors.some((error) => !/^[\w-]{0,100}$/.test(error))) return refuse("error must be a next-auth error code", 400);
  const callbackUrls: Array<string | null> = [
    ...query.getAll("callbackUrl"),
    ...CALLBACK_COOKIES.map((name) => request.cookies.get(name)?.value ?? null),
  ];
  let body: string | null = null;
  if (request.method === "POST") {
    const text = await readBodyLimited(request, MAX_JSON_BODY_BYTES);
    if (text === null) return refuse(`request body over ${MAX_JSON_BODY_BYTES} bytes`, 413);
    if (text !== "" && !(request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) {
      return refuse("send the body as application/x-www-form-urlencoded", 415);
    }
    body = text;
    callbackUrls.push(...new URLSearchParams(text).getAll("callbackUrl"));
  }
  if (callbackUrls.some((url) => url !== null && !isHttpUrl(url)))
    return refuse("callbackUrl must be a path on this site or an http(s) URL", 400);
  if (body === null) return { ok: true, request };
  // The body was read above; next-auth gets it again, under the one content type it was checked as (next-auth
  // tries JSON first when the header merely mentions it) and as no body at all when it was empty.
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  if (body === "") headers.delete("content-type");
  else headers.set("content-type", "application/x-www-form-urlencoded");
  return {
    ok: true,
    request: new NextRequest(request.url, { method: "POST", headers, body: body === "" ? null : body }),
  };
}
