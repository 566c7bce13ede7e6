import "server-only";
import { getServerSession } from "next-auth/next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";
import { requestIsSecure } from "./request";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
}

/**
 * The signed-in user for this request, or null. Works for password and GitHub sign-ins alike because both
 * leave a next-auth Session row. Cached per request: the header and the page both ask.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions(await requestIsSecure()));
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
});

/** For pages, actions and data-access modules that need a user: sends everyone else to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}
