import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { GitHubButton } from "@/components/auth/github-button";
import { signInAction } from "@/lib/auth/actions";
import { callbackPathSchema } from "@/lib/auth/schema";
import { githubEnabled } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

// next-auth sends GitHub failures here as ?error=<code>; anything unknown gets the general message.
const OAUTH_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "That GitHub account's email already has a password account here. Sign in with your password.",
  AccessDenied: "GitHub sign-in was cancelled.",
};

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const { error, deleted, reset, callbackUrl } = await searchParams;
  const back = callbackPathSchema.parse(typeof callbackUrl === "string" ? callbackUrl : "/account");
  if (await getCurrentUser()) redirect(back);
  const oauthError = typeof error === "string" ? (OAUTH_ERRORS[error] ?? "GitHub sign-in failed. Try again.") : null;
  return (
    <AuthCard
      title="Sign in"
      intro={
        <>
          New here?{" "}
          <Link href="/signup" className="text-brand-600 underline underline-offset-2 dark:text-brand-100">
            Create an account
          </Link>
          .
        </>
      }
    >
      {deleted === "1" ? (
        <p role="status" className="rounded-lg bg-zinc-100 px-3 py-2 text-sm dark:bg-zinc-900">
          Your account and everything saved for it were deleted.
        </p>
      ) : null}
      {reset === "1" ? (
        <p role="status" className="rounded-lg bg-zinc-100 px-3 py-2 text-sm dark:bg-zinc-900">
          Your password was changed and every browser was signed out. Sign in with the new password.
        </p>
      ) : null}
      {oauthError ? (
        <p
          role="alert"
          className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {oauthError}
        </p>
      ) : null}
      <CredentialsForm mode="signin" action={signInAction} callbackUrl={back} />
      {githubEnabled() ? <GitHubButton /> : null}
    </AuthCard>
  );
}
