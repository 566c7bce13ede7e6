import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";

// Reads the session cookie, so every page that shows the header renders per request.
export async function AccountLink() {
  const user = await getCurrentUser();
  const className = "text-sm font-medium text-zinc-700 hover:text-zinc-950 dark:text-zinc-200 dark:hover:text-white";
  return user ? (
    <Link href="/account" className={className}>
      Account
    </Link>
  ) : (
    <Link href="/signin" className={className}>
      Sign in
    </Link>
  );
}
