import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { GitHubButton } from "@/components/auth/github-button";
import { TextLink } from "@/components/ui/text-link";
import { signUpAction } from "@/lib/auth/actions";
import { githubEnabled } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/start");
  return (
    <AuthCard
      title="Create an account"
      intro={
        <>
          An account keeps your progress. Already have one? <TextLink href="/signin">Sign in</TextLink>.
        </>
      }
    >
      <CredentialsForm mode="signup" action={signUpAction} />
      {githubEnabled() ? <GitHubButton /> : null}
    </AuthCard>
  );
}
