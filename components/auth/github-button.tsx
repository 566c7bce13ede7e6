"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

// next-auth's GitHub round trip needs its CSRF token fetched first, which is what signIn() does in the browser.
export function GitHubButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn("github", { callbackUrl: "/account" });
      }}
      className="w-full rounded-lg px-4 py-2 font-medium ring-1 ring-zinc-300 hover:bg-zinc-50 disabled:opacity-60 dark:ring-zinc-700 dark:hover:bg-zinc-900"
    >
      {pending ? "Opening GitHub…" : "Continue with GitHub"}
    </button>
  );
}
