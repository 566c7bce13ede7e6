import { describe, expect, test } from "vitest";
import {
  callbackPathSchema,
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  fieldErrorsOf,
  PASSWORD_MAX,
  PASSWORD_MIN,
  RESET_LINK_INVALID,
  resetPasswordSchema,
  signInPath,
  signInSchema,
  signUpSchema,
} from "@/lib/auth/schema";

const ok = "correct horse battery";

describe("signUpSchema", () => {
  test.each([
    {
      label: "trims and lowercases the email",
      input: { email: "  Ada@Example.COM ", password: ok },
      email: "ada@example.com",
    },
    {
      label: "accepts exactly the minimum length",
      input: { email: "a@b.co", password: "x".repeat(PASSWORD_MIN) },
      email: "a@b.co",
    },
    {
      label: "accepts exactly the maximum length",
      input: { email: "a@b.co", password: "x".repeat(PASSWORD_MAX) },
      email: "a@b.co",
    },
  ])("$label", ({ input, email }) => {
    const parsed = signUpSchema.safeParse(input);
    expect(parsed.success && parsed.data.email).toBe(email);
  });

  // The form's minLength and maxLength count UTF-16 units; the server counted code points, so they disagreed.
  test.each([
    {
      label: "5 emoji (10 units) pass the minimum, as the form lets them",
      password: "😀".repeat(PASSWORD_MIN / 2),
      ok: true,
    },
    { label: "9 units fail it", password: "😀".repeat(4) + "x", ok: false },
    { label: "100 emoji (200 units) pass the maximum", password: "😀".repeat(PASSWORD_MAX / 2), ok: true },
    {
      label: "101 emoji (202 units) fail it, as the form's maxLength does",
      password: "😀".repeat(PASSWORD_MAX / 2 + 1),
      ok: false,
    },
  ])("password length in UTF-16 units: $label", ({ password, ok: passes }) => {
    expect(signUpSchema.safeParse({ email: "a@b.co", password }).success).toBe(passes);
  });
  test.each([" ".repeat(PASSWORD_MIN), " \t ".repeat(PASSWORD_MIN)])(
    "refuses a password of only spaces (%j)",
    (password) => {
      const parsed = signUpSchema.safeParse({ email: "a@b.co", password });
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(fieldErrorsOf(parsed.error).password).toMatch(/besides spaces/);
    },
  );

  test("keeps spaces in passwords", () => {
    const parsed = signUpSchema.parse({ email: "a@b.co", password: "  spaced out  " });
    expect(parsed.password).toBe("  spaced out  ");
  });

  test.each([
    {
      label: "empty email",
      input: { email: "   ", password: ok },
      field: "email",
      message: "Enter your email address.",
    },
    { label: "missing email", input: { password: ok }, field: "email", message: "Enter your email address." },
    {
      label: "not an email",
      input: { email: "ada.example.com", password: ok },
      field: "email",
      message: "Enter a valid email address, like name@example.com.",
    },
    {
      label: "over-long email",
      input: { email: `${"a".repeat(250)}@b.co`, password: ok },
      field: "email",
      message: "An email address has at most 254 characters.",
    },
    {
      label: "password one short",
      input: { email: "a@b.co", password: "x".repeat(PASSWORD_MIN - 1) },
      field: "password",
      message: "Use at least 10 characters for your password.",
    },
    {
      label: "password one long",
      input: { email: "a@b.co", password: "x".repeat(PASSWORD_MAX + 1) },
      field: "password",
      message: "Use at most 200 characters for your password.",
    },
    { label: "missing password", input: { email: "a@b.co" }, field: "password", message: "Choose a password." },
  ])("refuses $label with a clear message", ({ input, field, message }) => {
    const parsed = signUpSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldErrorsOf(parsed.error)).toEqual({ [field]: message });
  });
});

describe("signInSchema", () => {
  test.each([
    { label: "a short password (it is just a wrong one)", input: { email: "A@B.co", password: "short" }, valid: true },
    { label: "an empty password", input: { email: "a@b.co", password: "" }, valid: false },
    {
      label: "an over-long password",
      input: { email: "a@b.co", password: "x".repeat(PASSWORD_MAX + 1) },
      valid: false,
    },
    { label: "a bad email", input: { email: "nobody", password: ok }, valid: false },
  ])("$label → valid: $valid", ({ input, valid }) => {
    expect(signInSchema.safeParse(input).success).toBe(valid);
  });

  test("an empty password says what to do", () => {
    const parsed = signInSchema.safeParse({ email: "a@b.co", password: "" });
    expect(!parsed.success && fieldErrorsOf(parsed.error)).toEqual({ password: "Enter your password." });
  });
});

describe("deleteAccountSchema", () => {
  test.each([
    { label: "normalizes the typed email", input: { confirmEmail: " Ada@Example.com" }, expected: "ada@example.com" },
    { label: "refuses an empty confirmation", input: { confirmEmail: "" }, expected: null },
  ])("$label", ({ input, expected }) => {
    const parsed = deleteAccountSchema.safeParse(input);
    expect(parsed.success ? parsed.data.confirmEmail : null).toBe(expected);
  });
});

describe("callbackPathSchema", () => {
  test.each([
    { label: "a path on this site", input: "/review", output: "/review" },
    { label: "a path with a query", input: "/review?deck=foundations", output: "/review?deck=foundations" },
    { label: "another origin", input: "https://evil.example/", output: "/account" },
    { label: "a protocol-relative URL", input: "//evil.example", output: "/account" },
    { label: "a backslash trick", input: "/\\evil.example", output: "/account" },
    { label: "a javascript: URL", input: "javascript:alert(1)", output: "/account" },
  ])("$label → $output", ({ input, output }) => {
    expect(callbackPathSchema.parse(input)).toBe(output);
  });
});

describe("signInPath", () => {
  test.each([
    { label: "a page", back: "/settings", callbackUrl: "/settings" },
    {
      label: "a page with a query",
      back: "/review?deck=foundations&cram=1",
      callbackUrl: "/review?deck=foundations&cram=1",
    },
    { label: "another origin", back: "https://evil.example/", callbackUrl: "/account" },
  ])("back to $label: the sign-in page with callbackUrl $callbackUrl", ({ back, callbackUrl }) => {
    const url = new URL(signInPath(back), "http://site.test");
    expect(url.pathname).toBe("/signin");
    expect([...url.searchParams]).toEqual([["callbackUrl", callbackUrl]]);
  });
});

const goodNew = "x".repeat(PASSWORD_MIN);
const goodToken = "a".repeat(43);

describe("change password", () => {
  test.each([
    {
      label: "a current password and a valid new one",
      input: { currentPassword: "old", password: goodNew },
      field: null,
    },
    { label: "no current password", input: { currentPassword: "", password: goodNew }, field: "currentPassword" },
    { label: "a new one too short", input: { currentPassword: "old", password: "short" }, field: "password" },
    {
      label: "a new one too long",
      input: { currentPassword: "old", password: "x".repeat(PASSWORD_MAX + 1) },
      field: "password",
    },
    {
      label: "a new one of only spaces",
      input: { currentPassword: "old", password: " ".repeat(PASSWORD_MIN) },
      field: "password",
    },
  ])("$label", ({ input, field }) => {
    const parsed = changePasswordSchema.safeParse(input);
    expect(parsed.success).toBe(field === null);
    if (!parsed.success) expect(Object.keys(fieldErrorsOf(parsed.error))).toEqual([field]);
  });
});

describe("change email", () => {
  test.each([
    { label: "normalizes the new address", input: { currentPassword: "pw", email: " Ada@Example.COM " }, ok: true },
    { label: "refuses a malformed address", input: { currentPassword: "pw", email: "ada" }, ok: false },
    { label: "needs the current password", input: { email: "ada@example.com" }, ok: false },
  ])("$label", ({ input, ok }) => {
    const parsed = changeEmailSchema.safeParse(input);
    expect(parsed.success).toBe(ok);
    if (parsed.success) expect(parsed.data.email).toBe("ada@example.com");
  });
});

describe("reset password", () => {
  test.each([
    { label: "a 43-character base64url token", token: goodToken, ok: true },
    { label: "a token too short", token: "a".repeat(42), ok: false },
    { label: "a token with other characters", token: `${"a".repeat(42)}/`, ok: false },
    { label: "no token", token: undefined, ok: false },
  ])("$label", ({ token: t, ok }) => {
    const parsed = resetPasswordSchema.safeParse({ token: t, password: goodNew });
    expect(parsed.success).toBe(ok);
    if (!parsed.success) expect(parsed.error.issues[0]!.message).toBe(RESET_LINK_INVALID);
  });
});
