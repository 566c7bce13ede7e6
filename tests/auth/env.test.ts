import { describe, expect, test } from "vitest";
import { parseEnv } from "@/lib/server/env";
import { oauthProviders } from "@/lib/auth/options";

const secret = "s".repeat(32);

describe("auth variables in lib/server/env.ts", () => {
  test.each([
    { label: "neither GitHub variable: GitHub off", vars: {}, github: null },
    { label: "empty values count as unset", vars: { GITHUB_ID: "", GITHUB_SECRET: "" }, github: null },
    {
      label: "both set: GitHub on",
      vars: { GITHUB_ID: "id1", GITHUB_SECRET: "sec1" },
      github: { clientId: "id1", clientSecret: "sec1" },
    },
  ])("$label", ({ vars, github }) => {
    expect(parseEnv(vars).github).toEqual(github);
  });

  test.each([
    {
      label: "only GITHUB_ID",
      vars: { GITHUB_ID: "id1" },
      message: /GITHUB_SECRET: set both GITHUB_ID and GITHUB_SECRET/,
    },
    { label: "only GITHUB_SECRET", vars: { GITHUB_SECRET: "sec1" }, message: /set both GITHUB_ID and GITHUB_SECRET/ },
    {
      label: "a short AUTH_SECRET",
      vars: { AUTH_SECRET: "short" },
      message: /AUTH_SECRET: must be at least 32 characters/,
    },
    {
      label: "a sign-up allowance of 0",
      vars: { SIGNUPS_PER_ADDRESS_PER_HOUR: "0" },
      message: /SIGNUPS_PER_ADDRESS_PER_HOUR:/,
    },
    {
      label: "a non-URL NEXTAUTH_URL",
      vars: { NEXTAUTH_URL: "gradwise.example" },
      message: /NEXTAUTH_URL: must be an http\(s\) URL/,
    },
  ])("refuses $label, naming the variable", ({ vars, message }) => {
    expect(() => parseEnv(vars)).toThrow(message);
  });

  test.each([
    { label: "AUTH_SECRET wins", vars: { AUTH_SECRET: secret, NEXTAUTH_SECRET: "n".repeat(32) }, expected: secret },
    { label: "NEXTAUTH_SECRET is accepted", vars: { NEXTAUTH_SECRET: "n".repeat(32) }, expected: "n".repeat(32) },
    { label: "neither: the data-folder file is used", vars: {}, expected: null },
  ])("secret: $label", ({ vars, expected }) => {
    expect(parseEnv(vars).authSecret).toBe(expected);
  });

  test.each([
    { label: "unset: 20, a classroom behind one NAT", vars: {}, expected: 20 },
    { label: "set: the operator's number", vars: { SIGNUPS_PER_ADDRESS_PER_HOUR: "120" }, expected: 120 },
  ])("sign-up allowance: $label", ({ vars, expected }) => {
    expect(parseEnv(vars).SIGNUPS_PER_ADDRESS_PER_HOUR).toBe(expected);
  });

  test("the generated secret lives beside the SQLite file", () => {
    expect(parseEnv({ DATABASE_URL: "file:/srv/gw/app.db" }).authSecretFile).toBe("/srv/gw/auth-secret");
  });
});

describe("oauthProviders", () => {
  test.each([
    { label: "no GitHub configuration offers nothing", github: null, ids: [] },
    { label: "GitHub configuration offers GitHub", github: { clientId: "a", clientSecret: "b" }, ids: ["github"] },
  ])("$label", ({ github, ids }) => {
    expect(oauthProviders({ github }).map((p) => p.id)).toEqual(ids);
  });
});
