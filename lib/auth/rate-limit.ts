import "server-only";
import { db } from "@/lib/db";

export const SIGNIN_MAX_FAILURES = 5;
export const SIGNIN_WINDOW_MS = 15 * 60_000;

/** Accounts one address may create per hour: enough for a classroom behind one NAT, too few for a sign-up flood. */
export const SIGNUP_MAX_PER_IP = 20;
export const SIGNUP_WINDOW_MS = 60 * 60_000;
/** Hits older than the longest window never matter again. */
const LONGEST_WINDOW_MS = Math.max(SIGNIN_WINDOW_MS, SIGNUP_WINDOW_MS);

export const signUpBucket = (ip: string) => `signup:ip:${ip}`;
export const emailBucket = (email: string) => `signin:email:${email}`;
export const signInBuckets = (email: string, ip: string) => [emailBucket(email), `signin:ip:${ip}`];

/**
 * How long until another attempt is allowed (0 when it is allowed now): with the limit reached in a bucket, the
 * wait lasts until enough of that bucket's failures fall out of the sliding window.
 */
export async function signInRetryAfterMs(buckets: string[], now: Date): Promise<number> {
  return retryAfterMs(buckets, now, SIGNIN_MAX_FAILURES, SIGNIN_WINDOW_MS);
}

export async function signUpRetryAfterMs(ip: string, now: Date): Promise<number> {
  return retryAfterMs([signUpBucket(ip)], now, SIGNUP_MAX_PER_IP, SIGNUP_WINDOW_MS);
}

async function retryAfterMs(buckets: string[], now: Date, max: number, windowMs: number): Promise<number> {
  const since = new Date(now.getTime() - windowMs);
  let wait = 0;
  for (const bucket of buckets) {
    const hits = await db.rateLimitHit.findMany({
      where: { bucket, createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    if (hits.length < max) continue;
    const freesUp = hits[hits.length - max]!.createdAt.getTime() + windowMs;
    wait = Math.max(wait, freesUp - now.getTime());
  }
  return wait;
}

export async function recordHit(buckets: string[], now: Date): Promise<void> {
  const expired = new Date(now.getTime() - LONGEST_WINDOW_MS);
  await db.$transaction([
    // Old hits never matter again; pruning here keeps the table as small as the current window.
    db.rateLimitHit.deleteMany({ where: { createdAt: { lte: expired } } }),
    db.rateLimitHit.createMany({ data: buckets.map((bucket) => ({ bucket, createdAt: now })) }),
  ]);
}

export async function clearBucket(bucket: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { bucket } });
}

const inMinutes = (waitMs: number) => {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
};

export function retryMessage(waitMs: number): string {
  return `Too many failed sign-ins. Try again in ${inMinutes(waitMs)}.`;
}

export function signUpRetryMessage(waitMs: number): string {
  return `Too many accounts were created from this network in the last hour. Try again in ${inMinutes(waitMs)}.`;
}
