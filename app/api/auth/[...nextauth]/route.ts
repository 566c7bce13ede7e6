import NextAuth from "next-auth/next";
import type { NextRequest } from "next/server";
import { checkNextAuthRequest } from "@/lib/auth/next-auth-request";
import { authOptions } from "@/lib/auth/options";
import { requestIsSecure } from "@/lib/auth/request";

export const dynamic = "force-dynamic";

// next-auth's own endpoints: the GitHub OAuth round trip, CSRF token and session JSON. Password sign-in does not
// come through here (see lib/auth/actions.ts).
async function handler(request: NextRequest, ctx: RouteContext<"/api/auth/[...nextauth]">): Promise<Response> {
  const checked = await checkNextAuthRequest(request, (await ctx.params).nextauth);
  if (!checked.ok) return checked.response;
  return NextAuth(checked.request, ctx, authOptions(await requestIsSecure()));
}

export { handler as GET, handler as POST };
