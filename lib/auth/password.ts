import "server-only";
import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";

// bcryptjs is pure JavaScript (no install script, no native binary), which keeps `npm start` working everywhere.
const COST = 12;

// bcrypt reads only the first 72 bytes, and passwords may be up to 200 characters, so the password is first
// hashed to a fixed 44 characters. The prefix keeps leaked plain SHA-256 lists from matching this input.
function prehash(password: string): string {
  return createHash("sha256").update("gradwise-password-v1\0").update(password, "utf8").digest("base64");
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(prehash(password), COST);
}

// A real cost-12 hash of a throwaway string: comparing against it when the email is unknown makes that case take
// as long as a wrong password, so timing does not reveal which emails have accounts.
const DUMMY_HASH = "$2b$12$SlpIEpxH9ywzfzScLDNAvOt0mUnCMT2qFtxbOdDW/UYUaLQONOIBe";

/** False for a wrong password and for a missing hash (unknown email, GitHub-only account), in the same time. */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(prehash(password), hash ?? DUMMY_HASH);
  return matches && hash != null;
}
