import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { WideMath } from "@/components/wide-math";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Gradwise: master backprop for your ML interview", template: "%s · Gradwise" },
  description:
    "Interview preparation for machine-learning engineers: backpropagation flashcards, multiple-choice questions and hand-derived gradients.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // next-themes sets the theme class with an inline script before first paint: the CSP lets it run by this nonce.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The theme class and colour-scheme are set by that script before React hydrates, so they differ from the server's.
    <html lang="en" suppressHydrationWarning>
      <body className="flex min-h-dvh flex-col">
        <ThemeProvider attribute="class" defaultTheme="system" enableSystem nonce={nonce}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-20 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
          >
            Skip to content
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="border-t border-zinc-200 py-6 text-center text-xs text-zinc-500 dark:text-zinc-400 dark:border-zinc-800">
            Gradwise · self-hosted interview prep for backpropagation
          </footer>
          <WideMath />
        </ThemeProvider>
      </body>
    </html>
  );
}
