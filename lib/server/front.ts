/**
 * What the front server (scripts/serve.ts) does to each request before Next.js sees it: X-Forwarded-For, -Proto and
 * -Host are replaced by what forwarded.ts trusts (Next's own server keeps whatever a client sends, so the rate
 * limits, the https cookie choice and next-auth's redirects believed a client's claims), HSTS is added over https,
 * and request-guard.ts's refusals apply. Pure apart from the request it is handed, for the tests.
 */
import { resolveForwarded } from "./forwarded";
import { refuseRequest, type Refusal } from "./request-guard";

export interface FrontRequest {
  method?: string;
  headers: Record<string, string | string[] | undefined>;
  socket: { remoteAddress?: string; encrypted?: boolean };
}

/** Two years, the preload list's minimum; sent only over https, where a browser honours it. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** Rewrites the request's forwarded headers in place; the headers every response gets, or the refusal to send. */
export function frontDoor(
  req: FrontRequest,
  trustedProxies: number,
): { responseHeaders: Record<string, string>; refusal: Refusal | null } {
  const forwarded = resolveForwarded(
    { peer: req.socket.remoteAddress, encrypted: Boolean(req.socket.encrypted), headers: req.headers },
    trustedProxies,
  );
  req.headers["x-forwarded-for"] = forwarded.client;
  req.headers["x-forwarded-proto"] = forwarded.proto;
  if (forwarded.host) req.headers["x-forwarded-host"] = forwarded.host;
  else delete req.headers["x-forwarded-host"];
  delete req.headers["x-real-ip"];
  return {
    responseHeaders: forwarded.proto === "https" ? { "Strict-Transport-Security": HSTS } : {},
    refusal: refuseRequest({ method: req.method, headers: req.headers, host: forwarded.host }),
  };
}
