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

type Reader = Pick<typeof db, "rateLimitHit">;

/**
 * How long until another attempt is allowed (0 when it is allowed now): with the limit reached in a bucket, the
 * wait lasts until enough of that bucket's hits fall out of the sliding window.
 */
async function retryAfterMs(
  reader: Reader,
  buckets: string[],
  now: Date,
  max: number,
  windowMs: number,
): Promise<number> {
  const since = new Date(now.getTime() - windowMs);
  let wait = 0;
  for (const bucket of buckets) {
    const hits = await reader.rateLimitHit.findMany({
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

/** An attempt let through: its hits are already counted, `release` takes them back when it did not count. */
export type Claim = { wait: number; release: () => Promise<void> };

/**
 * Checks the limit and, when the attempt is allowed, counts it at once, in one transaction. Checking first and
 * counting after the (slow) password hash let every attempt sent at the same moment past the check before any of
 * them was counted, so a burst of guesses went through whole.
 */
async function claim(buckets: string[], now: Date, max: number, windowMs: number): Promise<Claim> {
  const expired = new Date(now.getTime() - LONGEST_WINDOW_MS);
  const claimed = await db.$transaction(async (tx) => {
    const wait = await retryAfterMs(tx, buckets, now, max, windowMs);
    if (wait > 0) return { wait, ids: [] };
    // Old hits never matter again; pruning here keeps the table as small as the current window.
    await tx.rateLimitHit.deleteMany({ where: { createdAt: { lte: expired } } });
    const hits = await tx.rateLimitHit.createManyAndReturn({
      data: buckets.map((bucket) => ({ bucket, createdAt: now })),
      select: { id: true },
    });
    return { wait: 0, ids: hits.map((h) => h.id) };
  });
  return {
    wait: claimed.wait,
    release: async () => {
      if (claimed.ids.length) await db.rateLimitHit.deleteMany({ where: { id: { in: claimed.ids } } });
    },
  };
}

/** A sign-in attempt, counted as a failure in each bucket unless released (the password was right). */
export function claimSignIn(buckets: string[], now: Date): Promise<Claim> {
  return claim(buckets, now, SIGNIN_MAX_FAILURES, SIGNIN_WINDOW_MS);
}

/** A sign-up from this IP, counted unless released (no account was created). */
export function claimSignUp(ip: string, now: Date): Promise<Claim> {
  return claim([signUpBucket(ip)], now, SIGNUP_MAX_PER_IP, SIGNUP_WINDOW_MS);
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
