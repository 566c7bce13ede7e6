import { describe, expect, test } from "vitest";
import { z } from "zod";
import {
  AppError,
  ERROR_STATUS,
  firstIssuePerField,
  isAppError,
  issuesOf,
  issueText,
  parseInput,
  type ErrorCode,
} from "@/lib/server/errors";
import { actionState, outcome, respond } from "@/lib/server/respond";

// The one table of refusals: the statuses are the ones routes, the request guard and the body checks answered with
// before the table existed, so a client sees the same numbers.
describe("AppError", () => {
  test.each<{ code: ErrorCode; status: number }>([
    { code: "invalid_input", status: 400 },
    { code: "unauthorized", status: 401 },
    { code: "forbidden", status: 403 },
    { code: "not_found", status: 404 },
    { code: "conflict", status: 409 },
    { code: "length_required", status: 411 },
    { code: "payload_too_large", status: 413 },
    { code: "unsupported_media_type", status: 415 },
    { code: "rate_limited", status: 429 },
    { code: "unavailable", status: 503 },
  ])("$code is $status", ({ code, status }) => {
    const error = new AppError(code, "no");
    expect(error.status).toBe(status);
    expect(error).toBeInstanceOf(Error);
    expect(isAppError(error)).toBe(true);
  });

  test("the table has no code the cases above leave out", () => {
    expect(Object.keys(ERROR_STATUS)).toHaveLength(10);
  });
});

const schema = z.strictObject({
  reviewId: z.uuid("reviewId must be a UUID"),
  nested: z.object({ rating: z.number("rating is a number") }),
});
const bad = schema.safeParse({ reviewId: "x", nested: { rating: "3" }, extra: 1 });
if (bad.success) throw new Error("the sample must fail");

describe("the zod issue formatter", () => {
  test("issuesOf: dot-joined paths, '' for the input itself, and a limit", () => {
    expect(issuesOf(bad.error)).toEqual([
      { path: "reviewId", message: "reviewId must be a UUID" },
      { path: "nested.rating", message: "rating is a number" },
      { path: "", message: expect.stringContaining("extra") },
    ]);
    expect(issuesOf(bad.error, 1)).toHaveLength(1);
    // Issues collected by hand (the import's sliced validation) read the same.
    expect(issuesOf([{ path: ["logs", 3, "rating"], message: "m" }])).toEqual([
      { path: "logs.3.rating", message: "m" },
    ]);
  });

  test.each([
    {
      label: "with paths",
      paths: true,
      text: 'reviewId: reviewId must be a UUID; nested.rating: rating is a number; body: Unrecognized key: "extra"',
    },
    {
      label: "messages alone",
      paths: false,
      text: 'reviewId must be a UUID; rating is a number; Unrecognized key: "extra"',
    },
  ])("issueText $label", ({ paths, text }) => {
    expect(issueText(issuesOf(bad.error), { paths })).toBe(text);
  });

  test("firstIssuePerField: the first message per top-level field, the input's own under `form`", () => {
    expect(
      firstIssuePerField([
        { path: "a", message: "first" },
        { path: "a.b", message: "second" },
        { path: "", message: "whole" },
      ]),
    ).toEqual({ a: "first", form: "whole" });
  });

  test("parseInput: the data, or invalid_input with issueText's message", () => {
    expect(parseInput(z.number(), 3)).toBe(3);
    expect(() => parseInput(schema, { reviewId: "x" })).toThrow(
      expect.objectContaining({ code: "invalid_input", status: 400, message: expect.stringMatching(/^reviewId: /) }),
    );
  });
});

describe("respond and outcome", () => {
  test("a result is a 200; an AppError its status with { error, ...details }", async () => {
    expect(await outcome(async () => ({ ok: 1 }))).toEqual({ status: 200, body: { ok: 1 } });
    expect(await outcome(() => Promise.reject(new AppError("invalid_input", "bad", { cells: [] })))).toEqual({
      status: 400,
      body: { error: "bad", cells: [] },
    });
  });

  test("anything else thrown goes on up", async () => {
    await expect(outcome(() => Promise.reject(new Error("bug")))).rejects.toThrow("bug");
  });

  test("respond: JSON with its length, cache control on a 200 only; a Response passes through", async () => {
    const ok = await respond(async () => ({ a: 1 }), { cacheControl: "private, max-age=60" });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("private, max-age=60");
    expect(ok.headers.get("content-length")).toBe(String('{"a":1}'.length));
    const refused = await respond(() => Promise.reject(new AppError("conflict", "taken")), { cacheControl: "x" });
    expect(refused.status).toBe(409);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(await refused.json()).toEqual({ error: "taken" });
    const own = new Response("csv", { status: 200 });
    expect(await respond(async () => own)).toBe(own);
  });

  test("actionState: an AppError becomes the form's state; anything else goes on up", async () => {
    const refused = (e: AppError) => ({ message: e.message });
    expect(await actionState(async () => ({ message: "saved" }), refused)).toEqual({ message: "saved" });
    expect(await actionState(() => Promise.reject(new AppError("unauthorized", "sign in")), refused)).toEqual({
      message: "sign in",
    });
    await expect(actionState(() => Promise.reject(new Error("bug")), refused)).rejects.toThrow("bug");
  });
});
