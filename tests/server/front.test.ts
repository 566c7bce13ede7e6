import { describe, expect, test } from "vitest";
import { frontDoor, HSTS } from "@/lib/server/front";

const request = (headers: Record<string, string | undefined>, method = "GET", encrypted = false) => ({
  method,
  headers: { ...headers } as Record<string, string | string[] | undefined>,
  socket: { remoteAddress: "::ffff:127.0.0.1", encrypted },
});

describe("frontDoor", () => {
  test("replaces the forwarded headers a client sent with what the socket says", () => {
    const req = request({
      host: "gradwise.test",
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
      "x-real-ip": "203.0.113.9",
    });
    frontDoor(req, 0);
    expect(req.headers).toMatchObject({
      "x-forwarded-for": "127.0.0.1",
      "x-forwarded-proto": "http",
      "x-forwarded-host": "gradwise.test",
    });
    expect(req.headers).not.toHaveProperty("x-real-ip");
  });
  // No HSTS was sent when served over https.
  test.each([
    { label: "a TLS socket", headers: {}, encrypted: true, trusted: 0, hsts: true },
    {
      label: "a trusted TLS proxy",
      headers: { "x-forwarded-proto": "https" },
      encrypted: false,
      trusted: 1,
      hsts: true,
    },
    { label: "plain http", headers: {}, encrypted: false, trusted: 0, hsts: false },
    {
      label: "a client claiming https with no proxy trusted",
      headers: { "x-forwarded-proto": "https" },
      encrypted: false,
      trusted: 0,
      hsts: false,
    },
  ])("HSTS over $label: $hsts", ({ headers, encrypted, trusted, hsts }) => {
    const { responseHeaders } = frontDoor(request({ host: "gradwise.test", ...headers }, "GET", encrypted), trusted);
    expect(responseHeaders["Strict-Transport-Security"]).toBe(hsts ? HSTS : undefined);
  });
  test("a cross-site write is refused against the host the client addressed", () => {
    const same = frontDoor(request({ host: "gradwise.test", origin: "http://gradwise.test" }, "POST"), 0);
    expect(same.refusal).toBeNull();
    // A forged X-Forwarded-Host cannot make a foreign Origin look like the app's own.
    const forged = frontDoor(
      request({ host: "gradwise.test", origin: "https://evil.example", "x-forwarded-host": "evil.example" }, "POST"),
      0,
    );
    expect(forged.refusal?.status).toBe(403);
  });
});
