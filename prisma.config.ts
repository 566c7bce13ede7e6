import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { env } from "./lib/server/env";

// Prisma 6.19's JS schema engine through the better-sqlite3 driver adapter: no native engine binary is
// downloaded, so generate/migrate work offline.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url: env.databaseUrl }),
});
