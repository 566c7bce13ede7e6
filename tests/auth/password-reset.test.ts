import { afterAll, describe, expect, test } from "vitest";
import { createSession, signInWithPassword, signUpWithPassword } from "@/lib/auth/credentials";
import {
  issuePasswordReset,
  NO_SUCH_ACCOUNT,
  resetPasswordWithToken,
  resetTokenIsValid,
} from "@/lib/auth/password-reset";
import { emailBucket } from "@/lib/auth/rate-limit";
import { hashResetToken, RESET_TOKEN_TTL_MS } from "@/lib/auth/reset-token";
import { RESET_LINK_INVALID } from "@/lib/auth/schema";
import { db } from "@/lib/server/db";

// Integration against a real migrated SQLite file (tests/helpers/global-setup.ts).
const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "reset to something new";
const BASE = "https://gradwise.example";
let n = 0;
const unique = (tag: string) => `${tag}-${Date.now()}-${++n}@example.com`;
const ip = () => `10.2.0.${++n}`;

async function account() {
  const email = unique("reset");
  const outcome = await signUpWithPassword({ email, password: PASSWORD }, { ip: ip() });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return { ...outcome, email };
}

async function issue(email: string, now?: Date) {
  const outcome = await issuePasswordReset(email, BASE, now);
  if (!outcome.ok) throw new Error(outcome.error);
  return { ...outcome, token: new URL(outcome.url).searchParams.get("token")! };
}

afterAll(() => db.$disconnect());

describe("issuing a reset link", () => {
  test("stores only the token's hash, with a one-hour expiry", async () => {
    const { email, userId } = await account();
    const now = new Date();
    const { url, token } = await issue(email, now);
    expect(url.startsWith(`${BASE}/reset-password?token=`)).toBe(true);
    const rows = await db.passwordReset.findMany({ where: { userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.expires.getTime()).toBe(now.getTime() + RESET_TOKEN_TTL_MS);
  });

  test("a new link replaces the earlier one", async () => {
    const { email } = await account();
    const first = await issue(email);
    const second = await issue(email);
    expect(await resetTokenIsValid(first.token)).toBe(false);
    expect(await resetTokenIsValid(second.token)).toBe(true);
  });

  test.each([
    { label: "an unknown email", email: "nobody-here@example.com", error: NO_SUCH_ACCOUNT },
    { label: "a malformed email", email: "nobody", error: expect.stringMatching(/valid email/) },
  ])("refuses $label", async ({ email, error }) => {
    expect(await issuePasswordReset(email, BASE)).toEqual({ ok: false, error });
  });
});

describe("using a reset link", () => {
  test("sets the password, consumes the token, signs out every session and forgets failed sign-ins", async () => {
    const { email, userId } = await account();
    await createSession(userId);
    await signInWithPassword({ email, password: "a wrong guess" }, { ip: ip() });
    const { token } = await issue(email);
    expect(await resetPasswordWithToken({ token, password: NEW_PASSWORD })).toEqual({ ok: true });
    expect(await db.session.count({ where: { userId } })).toBe(0);
    expect(await db.passwordReset.count({ where: { userId } })).toBe(0);
    expect(await db.rateLimitHit.count({ where: { bucket: emailBucket(email) } })).toBe(0);
    expect((await signInWithPassword({ email, password: NEW_PASSWORD }, { ip: ip() })).ok).toBe(true);
    // Once used, the same link does nothing.
    expect(await resetPasswordWithToken({ token, password: "yet another passphrase" })).toEqual({
      ok: false,
      error: RESET_LINK_INVALID,
    });
  });

  test("an expired link is refused and the password stays", async () => {
    const { email } = await account();
    const issuedAt = new Date(Date.now() - RESET_TOKEN_TTL_MS - 1000);
    const { token } = await issue(email, issuedAt);
    expect(await resetTokenIsValid(token)).toBe(false);
    expect(await resetPasswordWithToken({ token, password: NEW_PASSWORD })).toEqual({
      ok: false,
      error: RESET_LINK_INVALID,
    });
    expect((await signInWithPassword({ email, password: PASSWORD }, { ip: ip() })).ok).toBe(true);
  });

  test.each([
    { label: "an unknown token", token: "b".repeat(43) },
    { label: "a malformed token", token: "not-a-token" },
  ])("refuses $label", async ({ token }) => {
    expect(await resetTokenIsValid(token)).toBe(false);
    const outcome = await resetPasswordWithToken({ token, password: NEW_PASSWORD });
    expect(outcome).toMatchObject({ ok: false, error: RESET_LINK_INVALID });
  });

  test("a new password the schema refuses leaves the link usable", async () => {
    const { email } = await account();
    const { token } = await issue(email);
    const outcome = await resetPasswordWithToken({ token, password: "short" });
    expect(outcome).toMatchObject({ ok: false, fieldErrors: { password: expect.stringMatching(/at least/) } });
    expect(await resetTokenIsValid(token)).toBe(true);
  });

  test("two submissions of one link at once: exactly one sets the password", async () => {
    const { email } = await account();
    const { token } = await issue(email);
    const results = await Promise.all([
      resetPasswordWithToken({ token, password: "first of the two passwords" }),
      resetPasswordWithToken({ token, password: "second of the two passwords" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
