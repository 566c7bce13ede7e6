import { afterAll, describe, expect, test, vi } from "vitest";
import {
  changeMyEmail,
  changeMyPassword,
  EMAIL_IN_USE,
  myAccountHasPassword,
  SAME_EMAIL,
  WRONG_CURRENT_PASSWORD,
} from "@/lib/auth/account";
import { createSession, INVALID_CREDENTIALS, signInWithPassword, signUpWithPassword } from "@/lib/auth/credentials";
import { SIGNIN_MAX_FAILURES } from "@/lib/auth/rate-limit";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/server/db";

const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => {
    if (!signedIn.user) throw new Error("redirect to /signin");
    return signedIn.user;
  },
}));

// Integration: a real migrated SQLite file (tests/helpers/global-setup.ts); each test has its own emails and IPs.
const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a brand new passphrase";
let n = 0;
const unique = (tag: string) => `${tag}-${Date.now()}-${++n}@example.com`;
const ip = () => `10.1.0.${++n}`;

async function signUpAndSignIn() {
  const email = unique("care");
  const outcome = await signUpWithPassword({ email, password: PASSWORD }, { ip: ip() });
  if (!outcome.ok) throw new Error(`sign-up failed: ${JSON.stringify(outcome)}`);
  signedIn.user = { id: outcome.userId, email, name: null };
  return { ...outcome, email };
}

afterAll(() => db.$disconnect());

describe("change password", () => {
  test("needs a session", async () => {
    signedIn.user = null;
    await expect(changeMyPassword({ currentPassword: PASSWORD, password: NEW_PASSWORD }, { ip: ip() })).rejects.toThrow(
      /redirect/,
    );
  });

  test("sets the new password, ends every old session and returns a fresh one for this browser", async () => {
    const { userId, email, sessionToken } = await signUpAndSignIn();
    const other = await createSession(userId);
    const outcome = await changeMyPassword({ currentPassword: PASSWORD, password: NEW_PASSWORD }, { ip: ip() });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const sessions = await db.session.findMany({ where: { userId }, select: { sessionToken: true } });
    expect(sessions.map((s) => s.sessionToken)).toEqual([outcome.sessionToken]);
    expect([sessionToken, other.sessionToken]).not.toContain(outcome.sessionToken);
    expect((await signInWithPassword({ email, password: PASSWORD }, { ip: ip() })).ok).toBe(false);
    expect((await signInWithPassword({ email, password: NEW_PASSWORD }, { ip: ip() })).ok).toBe(true);
  });

  test.each([
    {
      label: "a wrong current password",
      input: { currentPassword: "not it at all", password: NEW_PASSWORD },
      fieldErrors: { currentPassword: WRONG_CURRENT_PASSWORD },
    },
    {
      label: "a new password the schema refuses",
      input: { currentPassword: PASSWORD, password: "short" },
      fieldErrors: { password: expect.stringMatching(/at least/) },
    },
  ])("refuses $label and keeps every session", async ({ input, fieldErrors }) => {
    const { userId, sessionToken } = await signUpAndSignIn();
    const outcome = await changeMyPassword(input, { ip: ip() });
    expect(outcome).toEqual({ ok: false, fieldErrors });
    expect(await db.session.count({ where: { userId, sessionToken } })).toBe(1);
  });

  test("wrong current passwords count against the sign-in limit of the account's email", async () => {
    const { email } = await signUpAndSignIn();
    const address = ip();
    for (let i = 0; i < SIGNIN_MAX_FAILURES; i++) {
      await changeMyPassword({ currentPassword: `guess ${i}`, password: NEW_PASSWORD }, { ip: address });
    }
    const blocked = await changeMyPassword({ currentPassword: PASSWORD, password: NEW_PASSWORD }, { ip: ip() });
    expect(blocked).toEqual({ ok: false, error: expect.stringMatching(/Too many failed sign-ins/) });
    const signIn = await signInWithPassword({ email, password: PASSWORD }, { ip: ip() });
    expect(signIn.ok).toBe(false);
    expect(signIn).not.toMatchObject({ error: INVALID_CREDENTIALS });
  });
});

describe("change email", () => {
  test("moves the account to the new address; sessions stay", async () => {
    const { userId, sessionToken } = await signUpAndSignIn();
    const next = unique("moved");
    const outcome = await changeMyEmail({ currentPassword: PASSWORD, email: next.toUpperCase() }, { ip: ip() });
    expect(outcome.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(next);
    expect(await db.session.count({ where: { sessionToken } })).toBe(1);
    expect((await signInWithPassword({ email: next, password: PASSWORD }, { ip: ip() })).ok).toBe(true);
  });

  test.each([
    { label: "an address another account has", taken: true, same: false, field: { email: EMAIL_IN_USE } },
    { label: "the account's own address", taken: false, same: true, field: { email: SAME_EMAIL } },
  ])("refuses $label", async ({ taken, same, field }) => {
    const someoneElse = taken ? (await signUpAndSignIn()).email : null;
    const { email, userId } = await signUpAndSignIn();
    const target = same ? email : someoneElse!;
    const outcome = await changeMyEmail({ currentPassword: PASSWORD, email: target }, { ip: ip() });
    expect(outcome).toEqual({ ok: false, fieldErrors: field });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(email);
  });

  test("refuses a wrong current password", async () => {
    const { email, userId } = await signUpAndSignIn();
    const outcome = await changeMyEmail({ currentPassword: "nope nope", email: unique("x") }, { ip: ip() });
    expect(outcome).toEqual({ ok: false, fieldErrors: { currentPassword: WRONG_CURRENT_PASSWORD } });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(email);
  });
});

describe("myAccountHasPassword", () => {
  test.each([
    { label: "a password account: yes", withPassword: true },
    { label: "a GitHub-only account (no hash): no", withPassword: false },
  ])("$label", async ({ withPassword }) => {
    if (withPassword) await signUpAndSignIn();
    else {
      const u = await db.user.create({ data: { email: unique("github") } });
      signedIn.user = { id: u.id, email: u.email!, name: null };
    }
    expect(await myAccountHasPassword()).toBe(withPassword);
  });
});
