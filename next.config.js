// @ts-check
import { DATA_CSP, SECURITY_HEADERS } from "./lib/server/security.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native addon: loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  reactStrictMode: true,
  // The build checks only what ships; `npm test` type-checks everything, tests and scripts included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  turbopack: {
    resolveAlias: {
      // Calculators' formulas: typeset by KaTeX on the server; in the browser, KaTeX only in the lazy chunk that an
      // edit loads (components/calculators/tex-ssr.d.ts).
      "#tex-ssr": {
        browser: "./components/calculators/tex-ssr-none.ts",
        default: "./components/calculators/tex-ssr-katex.ts",
      },
    },
  },
  // The deck list is the home page; /decks is where people look for it when they trim a deck's URL. (/cards did the
  // same for a card's URL until it became the learner's card browser.)
  async redirects() {
    return [{ source: "/decks", destination: "/#decks-heading", permanent: false }];
  },
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // JSON answers never need to load anything.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: DATA_CSP }],
      },
    ];
  },
};

export default nextConfig;
