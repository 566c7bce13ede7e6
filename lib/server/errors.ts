import type { z } from "zod";

/**
 * Every refusal the app answers with, by code, and the HTTP status each one is. The codes are the statuses the API
 * routes, the request guard and the body checks already answered with; a data function throws an AppError with one
 * of them and the route's `respond` (lib/server/respond.ts) turns it into that status, so no data function picks an
 * HTTP status itself.
 */
export const ERROR_STATUS = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  length_required: 411,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Fields a refusal's JSON body carries beside `error` (an exercise check's `issues` or `cells`). */
export type ErrorDetails = Record<string, unknown>;

/** A refusal the caller can act on; anything else thrown is a bug and answers 500 (Next's own handling). */
export class AppError extends Error {
  readonly status: (typeof ERROR_STATUS)[ErrorCode];

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export interface Issue {
  /** The path in the input, dot-joined ("logs.3.rating"); "" for the input itself. */
  path: string;
  message: string;
}

/** A ZodError, or issues of zod's shape (a parser that validates in slices collects its own). */
type ZodIssues = z.ZodError | ReadonlyArray<{ readonly path: readonly PropertyKey[]; readonly message: string }>;

/** One shape for zod's issues, the first `limit` of them: what every refusal text and `issues` list is made from. */
export function issuesOf(error: ZodIssues, limit = Infinity): Issue[] {
  const issues = "issues" in error ? error.issues : error;
  return issues.slice(0, limit).map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/**
 * The issues as one sentence: "path: message; path: message" ("body" naming the input itself), or with
 * `paths: false` the messages alone, for inputs of one field whose messages already name it.
 */
export function issueText(issues: readonly Issue[], { paths = true }: { paths?: boolean } = {}): string {
  return issues.map((i) => (paths ? `${i.path || "body"}: ${i.message}` : i.message)).join("; ");
}

/** The first message per top-level field, for a form that shows one beside each input. */
export function firstIssuePerField(issues: readonly Issue[], whole = "form"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.path.split(".")[0] || whole] ??= i.message;
  return out;
}

/**
 * Parses at a boundary: the value, or an invalid_input AppError whose message is issueText's (with `paths` as
 * given). For refusals phrased differently, safeParse and build the AppError where the phrasing lives.
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  options: { paths?: boolean } = {},
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("invalid_input", issueText(issuesOf(parsed.error), options));
  return parsed.data;
}
