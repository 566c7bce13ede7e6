/**
 * Refusals made before a request reaches Next.js (scripts/serve.ts applies them to every request), so that every
 * state-changing route, present and future, gets them, and client errors are answered 4xx instead of the 500 Next
 * gives a refused server action. Pure, for the tests.
 */

/** Next.js's default body limit for server actions (`serverActions.bodySizeLimit`). */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface GuardedRequest {
  method: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** The host the client addressed (see forwarded.ts): what a same-origin Origin header names. */
  host: string | null;
}

export interface Refusal {
  status: 403 | 411 | 413;
  error: string;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Whether a browser sent this from another site. Browsers send Origin on every POST and Sec-Fetch-Site on every
 * request; tools that send neither (curl, scripts) are not a browser being abused, so they pass. "null" (a sandboxed
 * frame, a file: page) is an origin we cannot match, so it is refused.
 */
export function isCrossSite(request: GuardedRequest): boolean {
  if (one(request.headers["sec-fetch-site"])?.trim().toLowerCase() === "cross-site") return true;
  const origin = one(request.headers["origin"])?.trim();
  if (origin === undefined || origin === "") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  return request.host === null || host.toLowerCase() !== request.host.toLowerCase();
}

export function refuseRequest(request: GuardedRequest): Refusal | null {
  const method = (request.method ?? "GET").toUpperCase();
  if (SAFE_METHODS.has(method)) return null;
  if (isCrossSite(request)) return { status: 403, error: "cross-site requests may not change anything here" };
  if (one(request.headers["next-action"]) !== undefined) {
    const length = one(request.headers["content-length"]);
    // Browsers give a form's length; without one the limit could only be found by reading the body.
    if (length === undefined) return { status: 411, error: "a server action needs a Content-Length" };
    const bytes = Number(length);
    if (!Number.isFinite(bytes) || bytes > SERVER_ACTION_BODY_LIMIT)
      return { status: 413, error: `a server action's body may be at most ${SERVER_ACTION_BODY_LIMIT} bytes` };
  }
  return null;
}
