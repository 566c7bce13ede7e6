import { AppError } from "@/lib/server/errors";

export type FakeUser = { id: string; email: string; name: null };

/**
 * lib/auth/session.ts for tests, with who is signed in read from `auth.user` at each call: use it as
 * `vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).fakeSession(auth))`.
 * signedInUser throws as the real one does (tests/auth/session.test.ts holds the real one to that).
 */
export function fakeSession(auth: { user: FakeUser | null }, requireUser = async () => auth.user) {
  return {
    SIGNED_OUT: "sign in first",
    getCurrentUser: async () => auth.user,
    requireUser,
    signedInUser: async (message = "sign in first") => {
      if (!auth.user) throw new AppError("unauthorized", message);
      return auth.user;
    },
  };
}

/**
 * Runs `work` signed in as the user with this id (as the session would make them), then puts back whoever was:
 * for data functions that once took a user id and now read the session, called for a learner other than `auth.user`.
 */
export async function asUser<T>(auth: { user: FakeUser | null }, userId: string, work: () => Promise<T>): Promise<T> {
  const was = auth.user;
  auth.user = { id: userId, email: `${userId}@example.com`, name: null };
  try {
    return await work();
  } finally {
    auth.user = was;
  }
}
