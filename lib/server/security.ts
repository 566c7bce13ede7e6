/** The policy of answers that are data, never pages (JSON routes, the front server's refusals): nothing may load. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The Content-Security-Policy for one page response. Scripts: only this app's, through a per-request nonce that
 * Next.js puts on its own script tags ('strict-dynamic' lets those load their chunks). Styles: the app's stylesheet,
 * plus inline style *attributes* only, which KaTeX's HTML and React's style props need and which cannot run code.
 * Fonts, images, connections and workers: this origin. No framing, no plugins, forms post here (and to GitHub when
 * its sign-in is on, because the OAuth hand-off is a form post that redirects there).
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; github: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${options.github ? " https://github.com" : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Sent with every response, pages, API routes and static files alike. */
export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];
