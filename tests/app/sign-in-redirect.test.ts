import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";

// Signed out: a request with no cookies and no headers. The session module itself is real, so what is tested is
// where each page really sends a signed-out visitor.
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined }),
}));

const { default: SettingsPage } = await import("@/app/settings/page");
const { default: ProgressPage } = await import("@/app/progress/page");
const { default: AccountPage } = await import("@/app/account/page");
const { default: ReviewPage } = await import("@/app/review/page");
const { default: CardsPage } = await import("@/app/cards/page");

/** Where a page's redirect goes, as a URL on this site. */
async function redirectOf(page: () => Promise<unknown>): Promise<URL> {
  const error = await page().then(
    () => null,
    (e: unknown) => e,
  );
  if (!isRedirectError(error)) throw new Error(`expected a redirect, got ${String(error)}`);
  return new URL(getURLFromRedirectError(error), "http://site.test");
}

describe("a signed-out visitor is sent to sign in with the way back", () => {
  test.each([
    // /settings sent learners to /signin alone, and signing in then landed on /account.
    { label: "settings", page: SettingsPage, back: "/settings" },
    { label: "progress", page: ProgressPage, back: "/progress" },
    { label: "cards", page: () => CardsPage({ searchParams: Promise.resolve({}) } as never), back: "/cards" },
    // Sign-in lands on /account anyway; its bare redirect is what the browser tests expect.
    { label: "account", page: AccountPage, back: null },
  ])("$label → callbackUrl $back", async ({ page, back }) => {
    const url = await redirectOf(() => page());
    expect(url.pathname).toBe("/signin");
    expect(url.searchParams.get("callbackUrl")).toBe(back);
  });

  test("the review page asks to sign in with a link back to the review", async () => {
    const html = renderToStaticMarkup(await ReviewPage({ searchParams: Promise.resolve({}) } as never));
    const link = html.match(/<a [^>]*>Sign in to review</)?.[0];
    const href = link?.match(/href="([^"]*)"/)?.[1]?.replace(/&amp;/g, "&");
    expect(href).toBeDefined();
    const url = new URL(href!, "http://site.test");
    expect({ path: url.pathname, back: url.searchParams.get("callbackUrl") }).toEqual({
      path: "/signin",
      back: "/review",
    });
  });
});
