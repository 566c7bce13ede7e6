import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/server/env";
import { slideSessionCookie } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy } from "@/lib/server/security";

// A fresh nonce per page request; Next.js reads the policy from the request headers and stamps its scripts with it.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    dev: env.NODE_ENV === "development",
    github: Boolean(env.GITHUB_ID && env.GITHUB_SECRET),
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  slideSessionCookie(request, response);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API responses are JSON and static files are hashed assets (both get the headers in next.config.js).
      // Prefetches and the not-found page (a missing /favicon.ico among them) are pages too: they get the policy.
      // slideSessionCookie leaves prefetches alone, so one answered after a sign-out does not set the cookie again.
      source: "/((?!api|_next/static|_next/image).*)",
    },
  ],
};
