import "server-only";
import { db } from "@/lib/db";

export const SIGNIN_MAX_FAILURES = 5;
export const SIGNIN_WINDOW_MS = 15 * 60_000;

export const emailBucket = (email: string) => `signin:email:${email}`;
export const signInBuckets = (email: string, ip: string) => [emailBucket(email), `signin:ip:${ip}`];

/**
 * How long until another attempt is allowed (0 when it is allowed now): with the limit reached in a bucket, the
 * wait lasts until enough of that bucket's failures fall out of the sliding window.
 */
export async function signInRetryAfterMs(buckets: string[], now: Date): Promise<number> {
  const since = new Date(now.getTime() - SIGNIN_WINDOW_MS);
  let wait = 0;
  for (const bucket of buckets) {
    const hits = await db.rateLimitHit.findMany({
      where: { bucket, createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    if (hits.length < SIGNIN_MAX_FAILURES) continue;
    const freesUp = hits[hits.length - SIGNIN_MAX_FAILURES]!.createdAt.getTime() + SIGNIN_WINDOW_MS;
    wait = Math.max(wait, freesUp - now.getTime());
  }
  return wait;
}

export async function recordSignInFailure(buckets: string[], now: Date): Promise<void> {
  const expired = new Date(now.getTime() - SIGNIN_WINDOW_MS);
  await db.$transaction([
    // Old hits never matter again; pruning here keeps the table as small as the current window.
    db.rateLimitHit.deleteMany({ where: { createdAt: { lte: expired } } }),
    db.rateLimitHit.createMany({ data: buckets.map((bucket) => ({ bucket, createdAt: now })) }),
  ]);
}

export async function clearBucket(bucket: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { bucket } });
}

export function retryMessage(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
