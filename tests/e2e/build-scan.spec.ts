import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Runs after `next build` (npm run test:e2e builds first): nothing server-side may leak into what browsers download.
const chunksDir = path.resolve(import.meta.dirname, "../../.next/static");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".js") ? [full] : [];
  });
}

test("no secret or server-only module appears in any browser chunk", () => {
  const chunks = files(chunksDir);
  expect(chunks.length).toBeGreaterThan(5);
  // The secret file exists once npm start has run (the web server of this very test run); an env secret leaves none.
  const secretFile = path.resolve(import.meta.dirname, "../../data/auth-secret");
  const secret = existsSync(secretFile) ? readFileSync(secretFile, "utf8").trim() : null;
  const forbidden = [
    ...(secret ? [{ what: "the auth secret", needle: secret }] : []),
    { what: "the Prisma client", needle: "PrismaClient" },
    { what: "the SQLite driver", needle: "better-sqlite3" },
    { what: "password hashing", needle: "bcrypt" },
    { what: "the password hash column", needle: "passwordHash" },
    { what: "database configuration", needle: "DATABASE_URL" },
    { what: "a server-only module", needle: "This module cannot be imported from a Client Component" },
  ];
  for (const file of chunks) {
    const text = readFileSync(file, "utf8");
    for (const { what, needle } of forbidden)
      expect(text.includes(needle), `${what} in ${path.relative(chunksDir, file)}`).toBe(false);
  }
});
