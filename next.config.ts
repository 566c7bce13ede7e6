import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security";

const nextConfig: NextConfig = {
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
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // JSON answers never need to load anything.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
