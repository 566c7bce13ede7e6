import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

/** Failures on one email in the window: the guard of one account, wherever the guesses come from. */
export const SIGNIN_MAX_FAILURES = 5;
export const SIGNIN_WINDOW_MS = 15 * 60_000;

/**
 * Failures from one address across all emails (password spraying). A school or an office shares one address, so the
 * ceiling starts well above one learner's typos and grows with each account that signed in from there in the last
 * 30 days (a known account, proved by its password): 20, plus 5 per known account, at most 200.
 */
export const SIGNIN_IP_BASE_FAILURES = 20;
export const SIGNIN_IP_FAILURES_PER_KNOWN_ACCOUNT = 5;
export const SIGNIN_IP_MAX_FAILURES = 200;
export const KNOWN_ACCOUNT_WINDOW_MS = 30 * 24 * 60 * 60_000;

/**
 * Accounts one address may create per hour: by default 20, enough for a classroom behind one NAT, too few for a
 * sign-up flood; an operator with a larger room sets SIGNUPS_PER_ADDRESS_PER_HOUR.
 */
export const SIGNUP_MAX_PER_IP = env.SIGNUPS_PER_ADDRESS_PER_HOUR;
export const SIGNUP_WINDOW_MS = 60 * 60_000;
/** Counted hits older than the longest window never matter again; known-account marks last their own window. */
const LONGEST_WINDOW_MS = Math.max(SIGNIN_WINDOW_MS, SIGNUP_WINDOW_MS);

export const signUpBucket = (ip: string) => `signup:ip:${ip}`;
export const emailBucket = (email: string) => `signin:email:${email}`;
export const ipBucket = (ip: string) => `signin:ip:${ip}`;
// "|" appears in no address, so one address's prefix never matches another's (IPv6 addresses share colons).
const KNOWN_PREFIX = "signin:known:";
const knownPrefix = (ip: string) => `${KNOWN_PREFIX}${ip}|`;

type Reader = Pick<typeof db, "rateLimitHit">;
type Limit = { bucket: string; max: number };

/**
 * How long until another attempt is allowed (0 when it is allowed now): with the limit reached in a bucket, the
 * wait lasts until enough of that bucket's hits fall out of the sliding window.
 */
async function retryAfterMs(reader: Reader, limits: Limit[], now: Date, windowMs: number): Promise<number> {
  const since = new Date(now.getTime() - windowMs);
  let wait = 0;
  for (const { bucket, max } of limits) {
    const hits = await reader.rateLimitHit.findMany({
      where: { bucket, createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    if (hits.length < max) continue;
    // Allowed again once all but max - 1 of the hits have left the window: the sliding window's real end.
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
async function claim(limits: (tx: Reader) => Promise<Limit[]>, now: Date, windowMs: number): Promise<Claim> {
  const expired = new Date(now.getTime() - LONGEST_WINDOW_MS);
  const claimed = await db.$transaction(async (tx) => {
    const buckets = await limits(tx);
    const wait = await retryAfterMs(tx, buckets, now, windowMs);
    if (wait > 0) return { wait, ids: [] };
    // Old hits never matter again; pruning here keeps the table as small as the current window.
    await tx.rateLimitHit.deleteMany({
      where: {
        OR: [
          { createdAt: { lte: expired }, NOT: { bucket: { startsWith: KNOWN_PREFIX } } },
          { createdAt: { lte: new Date(now.getTime() - KNOWN_ACCOUNT_WINDOW_MS) } },
        ],
      },
    });
    const hits = await tx.rateLimitHit.createManyAndReturn({
      data: buckets.map(({ bucket }) => ({ bucket, createdAt: now })),
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

/** The failures an address may have in the window: the base, and more for each account known to sign in there. */
export async function addressCeiling(reader: Reader, ip: string, now: Date): Promise<number> {
  const known = await reader.rateLimitHit.count({
    where: {
      bucket: { startsWith: knownPrefix(ip) },
      createdAt: { gt: new Date(now.getTime() - KNOWN_ACCOUNT_WINDOW_MS) },
    },
  });
  return Math.min(SIGNIN_IP_MAX_FAILURES, SIGNIN_IP_BASE_FAILURES + SIGNIN_IP_FAILURES_PER_KNOWN_ACCOUNT * known);
}

/**
 * A sign-in attempt, counted as a failure against the email and the address unless released (the password was
 * right). The email allows SIGNIN_MAX_FAILURES; the address, its ceiling (addressCeiling).
 */
export function claimSignIn(email: string, ip: string, now: Date): Promise<Claim> {
  return claim(
    async (tx) => [
      { bucket: emailBucket(email), max: SIGNIN_MAX_FAILURES },
      { bucket: ipBucket(ip), max: await addressCeiling(tx, ip, now) },
    ],
    now,
    SIGNIN_WINDOW_MS,
  );
}

/** Marks an account as known at an address (its password was right there), which raises the address's ceiling. */
export async function rememberSignIn(ip: string, userId: string, now: Date): Promise<void> {
  const bucket = `${knownPrefix(ip)}${userId}`;
  await db.$transaction([
    db.rateLimitHit.deleteMany({ where: { bucket } }),
    db.rateLimitHit.create({ data: { bucket, createdAt: now } }),
  ]);
}

/** A sign-up from this IP, counted unless released (a form refused before any account was looked up). */
export function claimSignUp(ip: string, now: Date): Promise<Claim> {
  return claim(async () => [{ bucket: signUpBucket(ip), max: SIGNUP_MAX_PER_IP }], now, SIGNUP_WINDOW_MS);
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
  return `Too many sign-ups were tried from this network in the last hour. Try again in ${inMinutes(waitMs)}.`;
}
