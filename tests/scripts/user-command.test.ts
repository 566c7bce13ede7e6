import { afterAll, describe, expect, test } from "vitest";
import { signUpWithPassword } from "@/lib/auth/credentials";
import { resetTokenIsValid } from "@/lib/auth/password-reset";
import { db } from "@/lib/server/db";
import { defaultBaseUrl, parseUserArgs, runUserCommand, USER_USAGE } from "@/scripts/lib/user-command";

afterAll(() => db.$disconnect());

describe("parsing `npm run user` arguments", () => {
  test.each([
    { label: "an email", argv: ["reset-password", "a@b.co"], want: { command: "reset-password", email: "a@b.co" } },
    {
      label: "--base-url URL",
      argv: ["reset-password", "a@b.co", "--base-url", "https://g.example"],
      want: { command: "reset-password", email: "a@b.co", baseUrl: "https://g.example" },
    },
    {
      label: "--base-url=URL before the email",
      argv: ["reset-password", "--base-url=http://10.0.0.5:3000", "a@b.co"],
      want: { command: "reset-password", email: "a@b.co", baseUrl: "http://10.0.0.5:3000" },
    },
    { label: "no command", argv: [], want: { error: USER_USAGE } },
    { label: "an unknown command", argv: ["delete", "a@b.co"], want: { error: USER_USAGE } },
    { label: "no email", argv: ["reset-password"], want: { error: USER_USAGE } },
    { label: "two emails", argv: ["reset-password", "a@b.co", "c@d.co"], want: { error: USER_USAGE } },
    {
      label: "a base URL that is not http(s)",
      argv: ["reset-password", "a@b.co", "--base-url", "ftp://x"],
      want: { error: expect.stringMatching(/--base-url/) },
    },
  ])("$label", ({ argv, want }) => {
    expect(parseUserArgs(argv)).toEqual(want);
  });
});

describe("reset-password", () => {
  test("prints a working link on the default base URL (NEXTAUTH_URL, else localhost and the port)", async () => {
    const email = `cli-${Date.now()}@example.com`;
    const made = await signUpWithPassword({ email, password: "correct horse battery" }, { ip: "10.3.0.1" });
    expect(made.ok).toBe(true);
    const { code, out } = await runUserCommand(["reset-password", email]);
    expect(code).toBe(0);
    const link = out.match(/(https?:\/\/\S+)/)?.[1];
    expect(link?.startsWith(`${defaultBaseUrl()}/reset-password?token=`)).toBe(true);
    expect(await resetTokenIsValid(new URL(link!).searchParams.get("token"))).toBe(true);
  });

  test.each([
    { label: "an unknown email exits 1", argv: ["reset-password", "nobody@example.com"], code: 1 },
    { label: "bad arguments exit 2 with the usage", argv: ["reset-password"], code: 2 },
  ])("$label", async ({ argv, code }) => {
    expect((await runUserCommand(argv)).code).toBe(code);
  });
});
