// @ts-check
// Plain JavaScript (typed with JSDoc, checked by tsc) because next.config.js imports it and Node loads that file
// natively, without a TypeScript step.

/** The policy of answers that are data, never pages (JSON routes, the front server's refusals): nothing may load. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The Content-Security-Policy for one page response. Scripts: only this app's, through a per-request nonce that
 * Next.js puts on its own script tags ('strict-dynamic' lets those load their chunks). Styles: the app's stylesheet,
 * plus inline style *attributes* only, which KaTeX's HTML and React's style props need and which cannot run code.
 * Fonts, images, connections and workers: this origin. No framing, no plugins, forms post here (and to GitHub when
 * its sign-in is on, because the OAuth hand-off is a form post that redirects there).
 * @param {string} nonce
 * @param {{ dev: boolean; github: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy(nonce, options) {
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

/**
 * Sent with every response, pages, API routes and static files alike.
 * @type {ReadonlyArray<{ key: string; value: string }>}
 */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];
