import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native addon: loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  reactStrictMode: true,
  // The build checks only what ships; `npm test` type-checks everything, tests and scripts included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default nextConfig;
