import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadAuthSecret } from "@/lib/auth/secret";

const tempFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), "gradwise-secret-")), "data", "auth-secret");

describe("loadAuthSecret", () => {
  test("generates a 0600 file on first use, says so once, and reuses it afterwards", () => {
    const file = tempFile();
    const logs: string[] = [];
    const first = loadAuthSecret({ authSecret: null, authSecretFile: file }, (l) => logs.push(l));
    expect(first.source).toBe("generated");
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8").trim()).toBe(first.secret);

    const second = loadAuthSecret({ authSecret: null, authSecretFile: file }, (l) => logs.push(l));
    expect(second).toEqual({ secret: first.secret, source: "file" });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain(file);
  });

  test("the environment variable overrides the file", () => {
    const file = tempFile();
    loadAuthSecret({ authSecret: null, authSecretFile: file }, () => {});
    const fromEnv = loadAuthSecret({ authSecret: "e".repeat(40), authSecretFile: file }, () => {});
    expect(fromEnv).toEqual({ secret: "e".repeat(40), source: "env" });
  });

  test("a file too short to be a secret is replaced only after it is deleted, never silently reused", () => {
    const file = tempFile();
    loadAuthSecret({ authSecret: null, authSecretFile: file }, () => {});
    writeFileSync(file, "short\n");
    expect(() => loadAuthSecret({ authSecret: null, authSecretFile: file }, () => {})).toThrow(
      /holds no usable secret/,
    );
  });
});
