import { randomBytes, randomUUID } from "node:crypto";
import { getServerSession } from "next-auth/next";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { SESSION_MAX_AGE_S } from "@/lib/auth/session-cookie";
import { authOptions, SESSION_UPDATE_AGE_S } from "@/lib/auth/options";
import { db } from "@/lib/server/db";
import { installForCommonJs, requestScope } from "../security/next-request";

// getCurrentUser reads the session row itself instead of going through getServerSession (see lib/auth/session.ts).
// Each case here runs both on twin Session rows of the same user and demands the same answer and the same row
// afterwards (deleted, untouched, or given a fresh expiry), so the shortcut cannot drift from next-auth's rules.
vi.mock("next/headers", async () => (await import("../security/next-request")).fakeNextHeaders);
installForCommonJs();
const { getCurrentUser, SIGNED_OUT, signedInUser, userForSessionToken } = await import("@/lib/auth/session");

const DAY_MS = 24 * 3600 * 1000;
let user: { id: string; email: string; name: string | null };

beforeAll(async () => {
  const row = await db.user.create({ data: { email: `session-${randomUUID()}@example.com`, name: "Ada" } });
  user = { id: row.id, email: row.email!, name: row.name };
});
afterAll(async () => {
  await db.user.delete({ where: { id: user.id } });
});

async function twinSessions(expires: Date) {
  const [ours, theirs] = [randomBytes(32).toString("hex"), randomBytes(32).toString("hex")];
  for (const sessionToken of [ours, theirs])
    await db.session.create({ data: { sessionToken, userId: user.id, expires } });
  return { ours, theirs };
}

function signedInWith(token: string | null) {
  requestScope.headers = new Headers({ host: "127.0.0.1:3000" });
  requestScope.cookies = new Map(token ? [["next-auth.session-token", token]] : []);
}

async function nextAuthUser(token: string) {
  signedInWith(token);
  const session = await getServerSession(authOptions(false));
  return session?.user ? { id: session.user.id, email: session.user.email, name: session.user.name } : null;
}
async function ourUser(token: string) {
  signedInWith(token);
  return getCurrentUser();
}
const rowOf = (sessionToken: string) =>
  db.session.findUnique({ where: { sessionToken }, select: { expires: true } }).then((r) => r?.expires ?? null);

describe("getCurrentUser against next-auth's getServerSession", () => {
  test("a fresh session: the same user, and the row is left as it was", async () => {
    const expires = new Date(Date.now() + SESSION_MAX_AGE_S * 1000 - 60_000);
    const { ours, theirs } = await twinSessions(expires);
    const expected = await nextAuthUser(theirs);
    expect(expected).toEqual(user);
    expect(await ourUser(ours)).toEqual(expected);
    expect(await rowOf(theirs)).toEqual(expires);
    expect(await rowOf(ours)).toEqual(expires);
  });

  test("a session older than the update age: the same user, and both rows get a full fresh lifetime", async () => {
    const expires = new Date(Date.now() + SESSION_MAX_AGE_S * 1000 - SESSION_UPDATE_AGE_S * 1000 - 60_000);
    const { ours, theirs } = await twinSessions(expires);
    const before = Date.now();
    const expected = await nextAuthUser(theirs);
    expect(await ourUser(ours)).toEqual(expected);
    expect(expected).toEqual(user);
    const after = Date.now();
    for (const token of [theirs, ours]) {
      const renewed = (await rowOf(token))!.getTime();
      expect(renewed).toBeGreaterThanOrEqual(before + SESSION_MAX_AGE_S * 1000);
      expect(renewed).toBeLessThanOrEqual(after + SESSION_MAX_AGE_S * 1000);
    }
  });

  test("an expired session: signed out, and both rows are deleted", async () => {
    const { ours, theirs } = await twinSessions(new Date(Date.now() - DAY_MS));
    expect(await nextAuthUser(theirs)).toBeNull();
    expect(await ourUser(ours)).toBeNull();
    expect(await rowOf(theirs)).toBeNull();
    expect(await rowOf(ours)).toBeNull();
  });

  test("an unknown token and no cookie at all: signed out", async () => {
    const unknown = randomBytes(32).toString("hex");
    expect(await nextAuthUser(unknown)).toBeNull();
    expect(await ourUser(unknown)).toBeNull();
    signedInWith(null);
    expect(await getCurrentUser()).toBeNull();
  });

  test("over https only the __Secure- cookie counts, as next-auth reads it", async () => {
    const { ours } = await twinSessions(new Date(Date.now() + SESSION_MAX_AGE_S * 1000));
    requestScope.headers = new Headers({ host: "example.com", "x-forwarded-proto": "https" });
    requestScope.cookies = new Map([["next-auth.session-token", ours]]);
    expect(await getCurrentUser()).toBeNull();
    requestScope.cookies = new Map([["__Secure-next-auth.session-token", ours]]);
    expect(await getCurrentUser()).toEqual(user);
  });

  test("the expiry rules take the clock they are given", async () => {
    const expires = new Date(Date.now() + SESSION_MAX_AGE_S * 1000);
    const { ours } = await twinSessions(expires);
    expect(await userForSessionToken(ours, new Date(expires.getTime() - 1))).toEqual(user);
    expect(await rowOf(ours)).not.toEqual(expires);
    const renewed = (await rowOf(ours))!;
    expect(await userForSessionToken(ours, new Date(renewed.getTime() + 1))).toBeNull();
    expect(await rowOf(ours)).toBeNull();
  });
});

// What data functions ask: the same user, or a coded refusal instead of a redirect, so a route answers 401.
describe("signedInUser", () => {
  test("signed in: the session's user", async () => {
    const { ours } = await twinSessions(new Date(Date.now() + SESSION_MAX_AGE_S * 1000));
    signedInWith(ours);
    expect(await signedInUser()).toEqual(user);
  });

  test.each([
    { label: "its default message", message: undefined, expected: SIGNED_OUT },
    { label: "the caller's message", message: "sign in to save reviews", expected: "sign in to save reviews" },
  ])("signed out: an unauthorized AppError with $label", async ({ message, expected }) => {
    signedInWith(null);
    await expect(signedInUser(message)).rejects.toEqual(
      expect.objectContaining({ name: "AppError", code: "unauthorized", status: 401, message: expected }),
    );
  });
});
