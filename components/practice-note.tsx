import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";

/** Says plainly, where an answer is given, that practice on a card page is not scheduled, and where it would be. */
export async function PracticeNote() {
  const user = await getCurrentUser();
  return (
    <p className="rounded-lg bg-zinc-50 px-4 py-2 text-sm text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
      Practice here is not recorded.{" "}
      {user ? (
        <>
          Answers count toward your schedule in a{" "}
          <Link href="/review" className="underline">
            review session
          </Link>
          .
        </>
      ) : (
        <>
          <Link href="/signup" className="underline">
            Create a free account
          </Link>{" "}
          or{" "}
          <Link href="/signin" className="underline">
            sign in
          </Link>{" "}
          to schedule cards with spaced repetition.
        </>
      )}
    </p>
  );
}
