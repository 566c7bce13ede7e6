// Signed-in users for the bench: a User and a database Session row written straight into the server's SQLite file,
// then sent as next-auth's session cookie. Over plain http the cookie has no __Secure- prefix (lib/auth/request.ts).
// (Another branch adds scripts/lib/load-users.ts for the load test; the two are to be merged into one later.)
import Database from "better-sqlite3";
import { insertUser, newId, newSessionToken, sqlDate } from "./sqlite-rows";

// lib/auth/request.ts sessionCookieName(false); not imported because that module is server-only.
const SESSION_COOKIE = "next-auth.session-token";

export interface SignedInUser {
  userId: string;
  sessionToken: string;
  /** The value for a Cookie request header. */
  cookie: string;
}

export function createSignedInUsers(dbFile: string, count: number, label = "bench"): SignedInUser[] {
  const sqlite = new Database(dbFile);
  try {
    const expires = sqlDate(new Date(Date.now() + 24 * 3600 * 1000));
    const addSession = sqlite.prepare(`INSERT INTO "Session" (id, sessionToken, userId, expires) VALUES (?, ?, ?, ?)`);
    return sqlite.transaction(() =>
      Array.from({ length: count }, (_, i) => {
        const userId = insertUser(sqlite, `${label}-${i}`);
        const sessionToken = newSessionToken();
        addSession.run(newId(), sessionToken, userId, expires);
        return { userId, sessionToken, cookie: `${SESSION_COOKIE}=${sessionToken}` };
      }),
    )();
  } finally {
    sqlite.close();
  }
}
