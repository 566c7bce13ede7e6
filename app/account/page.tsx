import type { Metadata } from "next";
import { ChangeEmailForm } from "@/components/auth/change-email-form";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { DeleteAccountForm } from "@/components/auth/delete-account-form";
import { Button } from "@/components/ui/button";
import { myAccountHasPassword } from "@/lib/auth/account";
import { changeEmailAction, changePasswordAction, deleteAccountAction, signOutAction } from "@/lib/auth/actions";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser();
  const hasPassword = await myAccountHasPassword();
  return (
    <div className="mx-auto max-w-lg space-y-8 py-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          Signed in as <strong className="font-semibold text-zinc-900 dark:text-zinc-100">{user.email}</strong>
        </p>
      </div>
      <form action={signOutAction}>
        <Button type="submit" variant="secondary">
          Sign out
        </Button>
      </form>
      {hasPassword ? (
        <>
          <section aria-labelledby="password-heading" className="space-y-3">
            <h2 id="password-heading" className="text-lg font-semibold">
              Change password
            </h2>
            <ChangePasswordForm action={changePasswordAction} />
          </section>
          <section aria-labelledby="email-heading" className="space-y-3">
            <h2 id="email-heading" className="text-lg font-semibold">
              Change email
            </h2>
            <ChangeEmailForm action={changeEmailAction} />
          </section>
        </>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          This account signs in with GitHub and has no password here, so there is no password or email to change.
        </p>
      )}
      <section aria-labelledby="danger-heading" className="space-y-3">
        <h2 id="danger-heading" className="text-lg font-semibold">
          Danger zone
        </h2>
        <DeleteAccountForm email={user.email} action={deleteAccountAction} />
      </section>
    </div>
  );
}
