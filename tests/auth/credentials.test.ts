import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { afterAll, describe, expect, test, vi } from "vitest";
import { CONFIRM_MISMATCH, deleteMyAccount } from "@/lib/auth/account";
import { EMAIL_TAKEN, INVALID_CREDENTIALS, signInWithPassword, signUpWithPassword } from "@/lib/auth/credentials";
import {
  SIGNIN_IP_BASE_FAILURES,
  SIGNIN_IP_FAILURES_PER_KNOWN_ACCOUNT,
  SIGNIN_IP_MAX_FAILURES,
  SIGNIN_WINDOW_MS,
  SIGNUP_MAX_PER_IP,
  SIGNUP_WINDOW_MS,
  signUpBucket,
} from "@/lib/auth/rate-limit";
import type { CurrentUser } from "@/lib/auth/session";
import { SESSION_MAX_AGE_S } from "@/lib/auth/session-cookie";
import { db } from "@/lib/server/db";

// The session comes from request cookies, which vitest has none of: the signed-in user is set per test instead.
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => {
    if (!signedIn.user) throw new Error("redirect to /signin");
    return signedIn.user;
  },
}));

// Integration: a real SQLite file migrated by `prisma migrate deploy` in tests/helpers/global-setup.ts.
// Every test uses its own emails and IPs, so the rate-limit buckets never overlap.
const PASSWORD = "correct horse battery";
let n = 0;
const unique = (tag: string) => `${tag}-${Date.now()}-${++n}@example.com`;
const ip = () => `10.0.0.${++n}`;
const at = (base: number, minutes: number) => new Date(base + minutes * 60_000);

async function signUp(email = unique("user")) {
  const outcome = await signUpWithPassword({ email, password: PASSWORD }, { ip: ip() });
  if (!outcome.ok) throw new Error(`sign-up failed: ${JSON.stringify(outcome)}`);
  return { ...outcome, email };
}

/** All but one of an IP's sign-up allowance used 10 minutes ago (as rows: hashing that many passwords is slow). */
async function useAllSignUpsButOne(address: string, t0: number) {
  await db.rateLimitHit.createMany({
    data: Array.from({ length: SIGNUP_MAX_PER_IP - 1 }, () => ({
      bucket: signUpBucket(address),
      createdAt: at(t0, -10),
    })),
  });
}

afterAll(() => db.$disconnect());

describe("sign-up", () => {
  test("creates a user with a bcrypt hash, never the password, under the normalized email", async () => {
    const email = unique("Ada");
    const outcome = await signUpWithPassword({ email: `  ${email.toUpperCase()} `, password: PASSWORD }, { ip: ip() });
    expect(outcome.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(user.passwordHash).toMatch(/^\$2b\$12\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(JSON.stringify(user)).not.toContain(PASSWORD);
  });

  test.each([
    { label: "the browser's zone is kept", timeZone: "America/Los_Angeles", stored: "America/Los_Angeles" },
    { label: "an unknown zone is ignored, not refused", timeZone: "Mars/Olympus_Mons", stored: null },
    { label: "a zone of the wrong type is ignored", timeZone: 42, stored: null },
    { label: "UTC needs no row: it is the default", timeZone: "UTC", stored: null },
    { label: "no zone (no JavaScript) leaves the default", timeZone: undefined, stored: null },
  ])("time zone at sign-up: $label", async ({ timeZone, stored }) => {
    const outcome = await signUpWithPassword({ email: unique("zone"), password: PASSWORD, timeZone }, { ip: ip() });
    if (!outcome.ok) throw new Error(`sign-up failed: ${JSON.stringify(outcome)}`);
    const settings = await db.reviewSettings.findUnique({ where: { userId: outcome.userId } });
    expect(settings?.timeZone ?? null).toBe(stored);
  });

  test("signs the new user in: a Session row for the returned token", async () => {
    const { userId, sessionToken } = await signUp();
    const session = await db.session.findUniqueOrThrow({ where: { sessionToken } });
    expect(session.userId).toBe(userId);
  });

  test.each([
    { label: "the same email", variant: (e: string) => e },
    { label: "the same email in other case and spacing", variant: (e: string) => ` ${e.toUpperCase()}` },
  ])("refuses $label twice", async ({ variant }) => {
    const { email } = await signUp();
    const again = await signUpWithPassword({ email: variant(email), password: "another password" }, { ip: ip() });
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: EMAIL_TAKEN } });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  test("refuses a short password without creating anyone", async () => {
    const email = unique("short");
    const outcome = await signUpWithPassword({ email, password: "too short" }, { ip: ip() });
    expect(outcome).toMatchObject({
      ok: false,
      fieldErrors: { password: "Use at least 10 characters for your password." },
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("sign-in", () => {
  test("the right password creates a Session row that next-auth's adapter reads back", async () => {
    const { email, userId } = await signUp();
    const now = new Date();
    const outcome = await signInWithPassword({ email: email.toUpperCase(), password: PASSWORD }, { ip: ip(), now });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.userId).toBe(userId);
    expect(outcome.expires.getTime()).toBe(now.getTime() + SESSION_MAX_AGE_S * 1000);
    // This is the lookup getServerSession does, so password sessions work exactly like GitHub ones.
    const adapter = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
    const found = await adapter.getSessionAndUser!(outcome.sessionToken);
    expect(found?.user.id).toBe(userId);
    expect(await db.session.count({ where: { userId } })).toBe(2);
  });

  test("signing in sweeps the user's expired sessions and keeps live ones", async () => {
    const { email, userId, sessionToken: live } = await signUp();
    await db.session.create({ data: { sessionToken: `expired-${n}`, userId, expires: new Date(Date.now() - 1000) } });
    const outcome = await signInWithPassword({ email, password: PASSWORD }, { ip: ip() });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const tokens = (await db.session.findMany({ where: { userId }, select: { sessionToken: true } })).map(
      (s) => s.sessionToken,
    );
    expect(tokens.sort()).toEqual([live, outcome.sessionToken].sort());
  });

  test.each([
    { label: "wrong password", email: (known: string) => known },
    { label: "unknown email", email: () => unique("nobody") },
  ])("$label gets the one generic message and no session", async ({ email }) => {
    const { email: known } = await signUp();
    const before = await db.session.count();
    const typed = email(known);
    const outcome = await signInWithPassword({ email: typed, password: "wrong password!" }, { ip: ip() });
    expect(outcome).toEqual({ ok: false, error: INVALID_CREDENTIALS, email: typed });
    expect(await db.session.count()).toBe(before);
  });

  test("a password typed for a GitHub-only account (no hash) is refused like any wrong one", async () => {
    const email = unique("octo");
    await db.user.create({ data: { email } });
    const outcome = await signInWithPassword({ email, password: PASSWORD }, { ip: ip() });
    expect(outcome).toMatchObject({ ok: false, error: INVALID_CREDENTIALS });
  });
});

describe("rate limiting", () => {
  test("after 5 failures per email, even the right password waits, and the message says how long", async () => {
    const { email } = await signUp();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) {
      const failed = await signInWithPassword({ email, password: `wrong ${i} password` }, { ip: ip(), now: at(t0, i) });
      expect(failed).toMatchObject({ error: INVALID_CREDENTIALS });
    }
    // The first failure (t0) leaves the 15-minute window at t0+15; at t0+5 that is 10 minutes away.
    const blocked = await signInWithPassword({ email, password: PASSWORD }, { ip: ip(), now: at(t0, 5) });
    expect(blocked).toEqual({ ok: false, error: "Too many failed sign-ins. Try again in 10 minutes.", email });
    const stillBlocked = await signInWithPassword({ email, password: PASSWORD }, { ip: ip(), now: at(t0, 14.5) });
    expect(stillBlocked).toMatchObject({ error: "Too many failed sign-ins. Try again in 1 minute." });
    const later = await signInWithPassword(
      { email, password: PASSWORD },
      { ip: ip(), now: new Date(t0 + SIGNIN_WINDOW_MS + 1) },
    );
    expect(later.ok).toBe(true);
  });

  // Five typos behind one address (a school's NAT) locked everyone there out, right passwords included.
  test("5 failures on other emails from one address do not lock out a right password from it", async () => {
    const { email } = await signUp();
    const address = ip();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) {
      await signInWithPassword({ email: unique("typo"), password: "wrong password" }, { ip: address, now: at(t0, i) });
    }
    expect((await signInWithPassword({ email, password: PASSWORD }, { ip: address, now: at(t0, 6) })).ok).toBe(true);
  });

  test(`after ${SIGNIN_IP_BASE_FAILURES} failures across emails from an unknown address, every email there waits`, async () => {
    const { email } = await signUp();
    const address = ip();
    const t0 = Date.now();
    for (let i = 0; i < SIGNIN_IP_BASE_FAILURES; i++) {
      const o = await signInWithPassword(
        { email: unique("spray"), password: "wrong password" },
        { ip: address, now: at(t0, i * 0.5) },
      );
      expect(o).toMatchObject({ error: INVALID_CREDENTIALS });
    }
    // The first failure (t0) leaves the window at t0+15: at t0+12 that is 3 minutes away, the message's real end.
    const blocked = await signInWithPassword({ email, password: PASSWORD }, { ip: address, now: at(t0, 12) });
    expect(blocked).toMatchObject({ ok: false, error: "Too many failed sign-ins. Try again in 3 minutes." });
    const freed = await signInWithPassword(
      { email, password: PASSWORD },
      { ip: address, now: new Date(t0 + SIGNIN_WINDOW_MS + 1) },
    );
    expect(freed.ok).toBe(true);
    const elsewhere = await signInWithPassword({ email, password: PASSWORD }, { ip: ip(), now: at(t0, 12) });
    expect(elsewhere.ok).toBe(true);
  });

  test("the address's ceiling grows with each account that signed in from it", async () => {
    const address = ip();
    const t0 = Date.now();
    const accounts = await Promise.all(Array.from({ length: 3 }, () => signUp()));
    for (const a of accounts) {
      expect(
        (await signInWithPassword({ email: a.email, password: PASSWORD }, { ip: address, now: at(t0, 0) })).ok,
      ).toBe(true);
    }
    // Signing in again adds nothing: the count is of accounts, not sign-ins.
    await signInWithPassword({ email: accounts[0]!.email, password: PASSWORD }, { ip: address, now: at(t0, 0) });
    const ceiling = Math.min(
      SIGNIN_IP_MAX_FAILURES,
      SIGNIN_IP_BASE_FAILURES + 3 * SIGNIN_IP_FAILURES_PER_KNOWN_ACCOUNT,
    );
    await db.rateLimitHit.createMany({
      data: Array.from({ length: ceiling - 1 }, () => ({ bucket: `signin:ip:${address}`, createdAt: at(t0, 1) })),
    });
    const last = await signInWithPassword(
      { email: unique("typo"), password: "wrong password" },
      { ip: address, now: at(t0, 2) },
    );
    expect(last).toMatchObject({ error: INVALID_CREDENTIALS });
    const over = await signInWithPassword(
      { email: accounts[1]!.email, password: PASSWORD },
      { ip: address, now: at(t0, 2) },
    );
    expect(over).toMatchObject({ ok: false, error: expect.stringMatching(/^Too many failed sign-ins/) });
  });

  test(`after ${SIGNUP_MAX_PER_IP} accounts from one IP in an hour, the next sign-up waits and creates nothing`, async () => {
    const address = ip();
    const t0 = Date.now();
    await useAllSignUpsButOne(address, t0);
    const last = await signUpWithPassword(
      { email: unique("last"), password: PASSWORD },
      { ip: address, now: at(t0, 0) },
    );
    expect(last.ok).toBe(true);
    const email = unique("one-too-many");
    const refused = await signUpWithPassword({ email, password: PASSWORD }, { ip: address, now: at(t0, 1) });
    expect(refused).toEqual({
      ok: false,
      error: "Too many sign-ups were tried from this network in the last hour. Try again in 49 minutes.",
      email,
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
    const elsewhere = await signUpWithPassword({ email, password: PASSWORD }, { ip: ip(), now: at(t0, 1) });
    expect(elsewhere.ok).toBe(true);
    const later = await signUpWithPassword(
      { email: unique("later"), password: PASSWORD },
      { ip: address, now: new Date(at(t0, -10).getTime() + SIGNUP_WINDOW_MS + 1) },
    );
    expect(later.ok).toBe(true);
  });

  // 30 tries on taken emails each said "already exists", and none was counted: a free account-existence oracle.
  test(`tries on taken emails count against the address's sign-ups: the ${SIGNUP_MAX_PER_IP + 1}th waits`, async () => {
    const taken = await Promise.all(Array.from({ length: 3 }, () => signUp()));
    const address = ip();
    const t0 = Date.now();
    for (let i = 0; i < SIGNUP_MAX_PER_IP; i++) {
      const o = await signUpWithPassword(
        { email: taken[i % 3]!.email, password: PASSWORD },
        { ip: address, now: at(t0, 0) },
      );
      expect(o).toMatchObject({ ok: false, fieldErrors: { email: EMAIL_TAKEN } });
    }
    const refused = await signUpWithPassword(
      { email: taken[0]!.email, password: PASSWORD },
      { ip: address, now: at(t0, 1) },
    );
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Too many sign-ups were tried/) });
    expect(refused).not.toHaveProperty("fieldErrors");
  });

  test("a form refused before any lookup (a short password) does not use the allowance", async () => {
    const address = ip();
    await signUpWithPassword({ email: unique("short"), password: "short" }, { ip: address });
    expect(await db.rateLimitHit.count({ where: { bucket: signUpBucket(address) } })).toBe(0);
  });

  // bcrypt takes a while: attempts sent at once were all checked against the count before any of them was added.
  test.each([
    { label: "at one email from many IPs", email: true, sameIp: false },
    { label: "at many emails from one IP", email: false, sameIp: true },
  ])(
    "wrong passwords sent at once $label: only the limit's worth are tried, the rest wait",
    async ({ email, sameIp }) => {
      const limit = email ? 5 : SIGNIN_IP_BASE_FAILURES;
      const { email: target } = await signUp();
      const address = ip();
      const t0 = new Date();
      const outcomes = await Promise.all(
        Array.from({ length: limit + 5 }, () =>
          signInWithPassword(
            { email: email ? target : unique("guess"), password: "a wrong password" },
            { ip: sameIp ? address : ip(), now: t0 },
          ),
        ),
      );
      const tried = outcomes.filter((o) => !o.ok && o.error === INVALID_CREDENTIALS);
      const waited = outcomes.filter((o) => !o.ok && o.error?.startsWith("Too many failed sign-ins"));
      expect({ tried: tried.length, waited: waited.length }).toEqual({ tried: limit, waited: 5 });
    },
  );

  test("sign-ups sent at once from one IP with one account left: one is created", async () => {
    const address = ip();
    const t0 = Date.now();
    await useAllSignUpsButOne(address, t0);
    const emails = Array.from({ length: 3 }, () => unique("burst"));
    const outcomes = await Promise.all(
      emails.map((email) => signUpWithPassword({ email, password: PASSWORD }, { ip: address, now: at(t0, 0) })),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(1);
    expect(await db.rateLimitHit.count({ where: { bucket: signUpBucket(address) } })).toBe(SIGNUP_MAX_PER_IP);
  });

  test("a successful sign-in does not count against its IP", async () => {
    const { email } = await signUp();
    const address = ip();
    expect((await signInWithPassword({ email, password: PASSWORD }, { ip: address })).ok).toBe(true);
    expect(await db.rateLimitHit.count({ where: { bucket: `signin:ip:${address}` } })).toBe(0);
  });

  test("4 failures still allow a sign-in, and that success clears the email's count", async () => {
    const { email } = await signUp();
    const t0 = Date.now();
    for (let i = 0; i < 4; i++)
      await signInWithPassword({ email, password: "wrong password" }, { ip: ip(), now: at(t0, 0) });
    expect((await signInWithPassword({ email, password: PASSWORD }, { ip: ip(), now: at(t0, 1) })).ok).toBe(true);
    expect(await db.rateLimitHit.count({ where: { bucket: `signin:email:${email}` } })).toBe(0);
  });
});

describe("delete account", () => {
  test("removes the user with every session and GitHub link", async () => {
    const { email, userId } = await signUp();
    await signInWithPassword({ email, password: "a wrong password" }, { ip: ip() });
    await signInWithPassword({ email, password: PASSWORD }, { ip: ip() });
    await db.account.create({ data: { userId, type: "oauth", provider: "github", providerAccountId: `gh-${n}` } });
    signedIn.user = { id: userId, email, name: null };
    const outcome = await deleteMyAccount({ confirmEmail: ` ${email.toUpperCase()}` });
    expect(outcome).toEqual({ ok: true });
    expect(await db.user.count({ where: { id: userId } })).toBe(0);
    expect(await db.session.count({ where: { userId } })).toBe(0);
    expect(await db.account.count({ where: { userId } })).toBe(0);
    expect(await db.rateLimitHit.count({ where: { bucket: `signin:email:${email}` } })).toBe(0);
  });

  test.each([
    { label: "another email", typed: () => unique("other"), message: CONFIRM_MISMATCH },
    { label: "nothing", typed: () => "", message: "Enter your email address." },
  ])("refuses when the confirmation is $label, and deletes nothing", async ({ typed, message }) => {
    const { email, userId } = await signUp();
    signedIn.user = { id: userId, email, name: null };
    const outcome = await deleteMyAccount({ confirmEmail: typed() });
    expect(outcome).toEqual({ ok: false, fieldErrors: { confirmEmail: message } });
    expect(await db.user.count({ where: { id: userId } })).toBe(1);
    expect(await db.session.count({ where: { userId } })).toBe(1);
  });

  test("deletes nothing when nobody is signed in", async () => {
    const { email, userId } = await signUp();
    signedIn.user = null;
    await expect(deleteMyAccount({ confirmEmail: email })).rejects.toThrow("redirect to /signin");
    expect(await db.user.count({ where: { id: userId } })).toBe(1);
  });
});
