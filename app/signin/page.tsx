import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { GitHubButton } from "@/components/auth/github-button";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
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
          New here? <TextLink href="/signup">Create an account</TextLink>.
        </>
      }
    >
      {deleted === "1" ? <Alert tone="info">Your account and everything saved for it were deleted.</Alert> : null}
      {reset === "1" ? (
        <Alert tone="info">
          Your password was changed and every browser was signed out. Sign in with the new password.
        </Alert>
      ) : null}
      {oauthError ? <Alert tone="error">{oauthError}</Alert> : null}
      <CredentialsForm mode="signin" action={signInAction} callbackUrl={back} />
      {githubEnabled() ? <GitHubButton /> : null}
    </AuthCard>
  );
}
