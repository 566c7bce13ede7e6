import { inject } from "vitest";

// lib/env.ts reads the environment once at import; point it at the migrated test database first.
process.env.DATABASE_URL = inject("databaseUrl");
