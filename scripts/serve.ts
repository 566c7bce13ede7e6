// The HTTP server in front of Next.js, for `npm start` and `npm run dev`: each request goes through
// lib/server/front.ts (trusted client address, scheme and host; HSTS; refusals) before Next handles it.
import { createServer } from "node:http";
import next from "next";
import { env } from "../lib/server/env";
import { DATA_CSP, SECURITY_HEADERS } from "../lib/server/security";
import { frontDoor, type FrontRequest } from "../lib/server/front";
import { root } from "./lib/steps";

const dev = process.argv.includes("--dev");
const app = next({ dev, dir: root, hostname: env.HOST, port: env.PORT });
const handle = app.getRequestHandler();

async function main() {
  await app.prepare();
  const server = createServer((req, res) => {
    const { responseHeaders, refusal } = frontDoor(req as FrontRequest, env.TRUSTED_PROXIES);
    for (const [key, value] of Object.entries(responseHeaders)) res.setHeader(key, value);
    if (refusal) {
      const body = JSON.stringify({ error: refusal.error });
      res.writeHead(refusal.status, {
        ...Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value])),
        "content-security-policy": DATA_CSP,
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
