import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { GitHubButton } from "@/components/auth/github-button";
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
          An account keeps your progress. Already have one?{" "}
          <Link href="/signin" className="text-brand-600 underline underline-offset-2 dark:text-brand-100">
            Sign in
          </Link>
          .
        </>
      }
    >
      <CredentialsForm mode="signup" action={signUpAction} />
      {githubEnabled() ? <GitHubButton /> : null}
    </AuthCard>
  );
}
