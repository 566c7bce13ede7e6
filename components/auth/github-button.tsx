"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

// next-auth's GitHub round trip needs its CSRF token fetched first, which is what signIn() does in the browser.
export function GitHubButton() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn("github", { callbackUrl: "/account" });
      }}
      className="w-full"
    >
      {pending ? "Opening GitHub…" : "Continue with GitHub"}
    </Button>
  );
}
