import { createHash } from "node:crypto";

// How an import tells a log it stored before from a new one, whatever id the log was stored under.

/**
 * The id a log is stored under when the file's id belongs to another account. Review ids are unique across the
 * database, so a backup restored into a new account while the old one still existed had every log refused. Derived
 * from the account and the file's id rather than drawn at random, so importing the same file again finds the log by
 * id (even once the other account is gone and the file's own id is free); shaped as a UUID (version 8, RFC 9562's
 * custom layout) like the ids clients make, so undo and the rating routes accept it.
 */
export function renumberedId(userId: string, fileId: string): string {
  const hash = createHash("sha256").update("gradwise-import-id\0").update(userId).update("\0").update(fileId).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x80;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A review as the learner made it: an item is rated at most once in a millisecond, so a log of the same item, instant
 * and rating is the same review under another id (an account restored from this one's export gave it a new one).
 */
export const sameReview = (l: { review: Date; rating: number }) => `${l.review.getTime()}:${l.rating}`;
