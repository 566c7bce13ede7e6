// The HTTP server in front of Next.js, for `npm start` and `npm run dev`. Next's own server keeps whatever
// X-Forwarded-For, -Proto and -Host a client sends, so the rate limits, the https cookie choice and next-auth's
// redirects would believe a client's claims. Here they are rewritten from the socket (or from the number of trusted
// proxies the operator set) before Next sees the request, and the refusals of lib/server/request-guard.ts apply.
import { createServer } from "node:http";
import type { TLSSocket } from "node:tls";
import next from "next";
import { env } from "../lib/env";
import { resolveForwarded } from "../lib/server/forwarded";
import { refuseRequest } from "../lib/server/request-guard";
import { SECURITY_HEADERS } from "../lib/security";
import { root } from "./lib/steps";

const dev = process.argv.includes("--dev");
const app = next({ dev, dir: root, hostname: env.HOST, port: env.PORT });
const handle = app.getRequestHandler();

// Two years, the preload list's minimum; sent only over https, where a browser honours it.
const HSTS = "max-age=63072000; includeSubDomains";

async function main() {
  await app.prepare();
  const server = createServer((req, res) => {
    const facts = {
      peer: req.socket.remoteAddress,
      encrypted: Boolean((req.socket as TLSSocket).encrypted),
      headers: req.headers,
    };
    const forwarded = resolveForwarded(facts, env.TRUSTED_PROXIES);
    req.headers["x-forwarded-for"] = forwarded.client;
    req.headers["x-forwarded-proto"] = forwarded.proto;
    if (forwarded.host) req.headers["x-forwarded-host"] = forwarded.host;
    else delete req.headers["x-forwarded-host"];
    delete req.headers["x-real-ip"];
    if (forwarded.proto === "https") res.setHeader("Strict-Transport-Security", HSTS);
    const refusal = refuseRequest({ method: req.method, headers: req.headers, host: forwarded.host });
    if (refusal) {
      const body = JSON.stringify({ error: refusal.error });
      res.writeHead(refusal.status, {
        ...Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value])),
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        connection: "close",
      });
      res.end(body);
      return;
    }
    void handle(req, res);
  });
  server.listen(env.PORT, env.HOST, () => console.log(`› Serving on http://${env.HOST}:${env.PORT}`));
  const stop = () => server.close(() => process.exit(0));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
