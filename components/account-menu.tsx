import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/session";
import { DisclosureMenu } from "./disclosure-menu";

const item =
  "block rounded-md px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-200 dark:hover:bg-zinc-800 dark:hover:text-white";

const LINKS = [
  ["/start", "Start here"],
  ["/cards", "Cards"],
  ["/settings", "Settings"],
  ["/account", "Account"],
] as const;

// Reads the session cookie, so every page that shows the header renders per request. On a phone the links lie flat
// inside the header's menu; from the sm breakpoint up they are a dropdown of their own.
export async function AccountMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="flex flex-col sm:flex-row sm:items-center sm:gap-1">
        <Link href="/signin" className={item}>
          Sign in
        </Link>
        <Link href="/signup" className={item}>
          Sign up
        </Link>
      </div>
    );
  }
  const panel =
    "flex-col sm:absolute sm:top-full sm:right-0 sm:z-20 sm:mt-2 sm:w-56 sm:rounded-lg sm:border sm:border-zinc-200 sm:bg-white sm:p-1 sm:shadow-lg dark:sm:border-zinc-700 dark:sm:bg-zinc-900";
  return (
    <DisclosureMenu
      id="account-menu"
      className="sm:relative"
      label={
        <>
          Account <span aria-hidden>▾</span>
        </>
      }
      buttonClassName="hidden items-center gap-1 rounded-md px-2 py-1 text-sm font-medium text-zinc-700 hover:text-zinc-950 sm:inline-flex dark:text-zinc-200 dark:hover:text-white"
      openClassName={`flex ${panel}`}
      closedClassName={`flex ${panel} sm:hidden sm:target:flex`}
    >
      <p className="truncate px-3 py-1 text-xs text-zinc-500 dark:text-zinc-400">{user.email}</p>
      {LINKS.map(([href, label]) => (
        <Link key={href} href={href} className={item}>
          {label}
        </Link>
      ))}
      <form action={signOutAction}>
        <button type="submit" className={`${item} w-full text-left`}>
          Sign out
        </button>
      </form>
    </DisclosureMenu>
  );
}
