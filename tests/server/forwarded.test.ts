import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalizeAddress, resolveForwarded } from "@/lib/server/forwarded";

const req = (peer: string, headers: Record<string, string | undefined> = {}, encrypted = false) => ({
  peer,
  encrypted,
  headers,
});

describe("resolveForwarded with no trusted proxy (the default)", () => {
  // A client behind no proxy sent these to pass as many addresses: 12 wrong sign-ins, each let through.
  test.each([
    { label: "a spoofed X-Forwarded-For", headers: { "x-forwarded-for": "203.0.113.9" } },
    { label: "a spoofed chain", headers: { "x-forwarded-for": "198.51.100.1, 203.0.113.9" } },
    { label: "a spoofed X-Real-IP", headers: { "x-real-ip": "203.0.113.9" } },
  ])("ignores $label: the client is the socket's peer", ({ headers }) => {
    expect(resolveForwarded(req("127.0.0.1", headers), 0).client).toBe("127.0.0.1");
  });
  test("ignores a claimed https and a claimed host", () => {
    const f = resolveForwarded(
      req("10.0.0.5", { host: "gradwise.test:3000", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" }),
      0,
    );
    expect(f).toEqual({ client: "10.0.0.5", proto: "http", host: "gradwise.test:3000" });
  });
  test("a TLS socket is https", () => {
    expect(resolveForwarded(req("10.0.0.5", {}, true), 0).proto).toBe("https");
  });
  test("property: no header a client sends changes the address", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (xff, real, proto) => {
        const f = resolveForwarded(
          req("192.0.2.7", { "x-forwarded-for": xff, "x-real-ip": real, "x-forwarded-proto": proto }),
          0,
        );
        return f.client === "192.0.2.7" && f.proto === "http";
      }),
    );
  });
});

describe("resolveForwarded behind trusted proxies", () => {
  test.each([
    {
      label: "one proxy that appends to a spoofed entry",
      xff: "203.0.113.9, 198.51.100.20",
      trusted: 1,
      client: "198.51.100.20",
    },
    { label: "one proxy that overwrites", xff: "198.51.100.20", trusted: 1, client: "198.51.100.20" },
    { label: "two proxies", xff: "203.0.113.9, 198.51.100.20, 10.0.0.2", trusted: 2, client: "198.51.100.20" },
    { label: "more proxies configured than hops", xff: "198.51.100.20", trusted: 5, client: "198.51.100.20" },
    { label: "a proxy that sent no header", xff: "", trusted: 1, client: "10.0.0.1" },
  ])("$label: the entry that many hops from the end", ({ xff, trusted, client }) => {
    expect(resolveForwarded(req("10.0.0.1", { "x-forwarded-for": xff }), trusted).client).toBe(client);
  });
  test("scheme and host are what the outermost trusted proxy saw", () => {
    const headers = {
      host: "app:3000",
      "x-forwarded-proto": "http, https",
      "x-forwarded-host": "spoof.example, gradwise.example",
    };
    expect(resolveForwarded(req("10.0.0.1", headers), 1)).toEqual({
      client: "10.0.0.1",
      proto: "https",
      host: "gradwise.example",
    });
    expect(resolveForwarded(req("10.0.0.1", { host: "app:3000" }), 1)).toEqual({
      client: "10.0.0.1",
      proto: "http",
      host: "app:3000",
    });
  });
});

test.each([
  { label: "IPv4-mapped IPv6", input: "::ffff:127.0.0.1", output: "127.0.0.1" },
  { label: "plain IPv4", input: "192.0.2.1", output: "192.0.2.1" },
  { label: "IPv6, lowercased", input: "2001:DB8::1", output: "2001:db8::1" },
])("normalizeAddress: $label", ({ input, output }) => {
  expect(normalizeAddress(input)).toBe(output);
});
