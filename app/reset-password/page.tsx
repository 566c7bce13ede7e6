import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { resetPasswordAction } from "@/lib/auth/actions";
import { resetTokenIsValid } from "@/lib/auth/password-reset";
import { RESET_LINK_INVALID } from "@/lib/auth/schema";

export const metadata: Metadata = { title: "Set a new password" };

// Links come from the operator's `npm run user -- reset-password EMAIL`; the token is checked again on submit.
export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const { token } = await searchParams;
  const valid = await resetTokenIsValid(token);
  return (
    <AuthCard title="Set a new password" intro="Choose a new password for your account.">
      {valid && typeof token === "string" ? (
        <ResetPasswordForm token={token} action={resetPasswordAction} />
      ) : (
        <Alert tone="error">
          {RESET_LINK_INVALID}{" "}
          <Link href="/signin" className="underline underline-offset-2">
            Back to sign-in
          </Link>
        </Alert>
      )}
    </AuthCard>
  );
}
