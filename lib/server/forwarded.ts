/**
 * Who sent a request, read the way the operator says to read it. Pure (no Node or Next imports) so the custom server
 * (scripts/serve.ts) and the tests share it.
 *
 * With no trusted proxy in front (the default), everything a client sends in X-Forwarded-* is its own claim: the
 * address is the socket's peer, the scheme is whether the socket is TLS, and the host is the Host header. With N
 * trusted proxies, the last N hops of X-Forwarded-For were written by them, so the client is the entry N hops from
 * the end (counting the socket's peer, which is the nearest proxy), and the scheme and host are what the outermost
 * trusted proxy saw.
 */
export interface IncomingFacts {
  /** The socket's remote address (`req.socket.remoteAddress`). */
  peer: string | undefined;
  /** Whether the socket itself is TLS. */
  encrypted: boolean;
  headers: Record<string, string | string[] | undefined>;
}

export interface Forwarded {
  client: string;
  proto: "http" | "https";
  host: string | null;
}

const header = (headers: IncomingFacts["headers"], name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
};

/** The comma-separated entries of a forwarded header, trimmed, empty ones dropped. */
export function listOf(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** An IPv4 peer on a dual-stack socket reads "::ffff:1.2.3.4"; rate limits should see one spelling. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}

/**
 * The value the outermost trusted proxy wrote: proxies append, so with N of them the entry N from the end. A list
 * shorter than that (a proxy that overwrites instead of appending) gives its first entry.
 */
const outermost = (values: string[], trusted: number) => values[Math.max(0, values.length - trusted)];

export function resolveForwarded(request: IncomingFacts, trustedProxies: number): Forwarded {
  const peer = request.peer ? normalizeAddress(request.peer) : "unknown";
  const hostHeader = header(request.headers, "host")?.trim() || null;
  if (trustedProxies <= 0) return { client: peer, proto: request.encrypted ? "https" : "http", host: hostHeader };
  const hops = [...listOf(header(request.headers, "x-forwarded-for")), peer];
  const client = normalizeAddress(hops[Math.max(0, hops.length - 1 - trustedProxies)]!);
  const proto = outermost(listOf(header(request.headers, "x-forwarded-proto")), trustedProxies)?.toLowerCase();
  const host = outermost(listOf(header(request.headers, "x-forwarded-host")), trustedProxies) ?? hostHeader;
  return {
    client,
    proto: proto === "https" ? "https" : proto === "http" ? "http" : request.encrypted ? "https" : "http",
    host,
  };
}
