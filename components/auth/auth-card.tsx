import type { ReactNode } from "react";

// The narrow frame shared by the sign-in and sign-up pages.
export function AuthCard({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-sm space-y-6 py-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <p className="text-zinc-600 dark:text-zinc-400">{intro}</p>
      </div>
      {children}
    </div>
  );
}
