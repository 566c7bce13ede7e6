import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { EMAIL_MAX } from "@/lib/auth/schema";
import { loadContent } from "@/lib/content/load";
import { contentIdSchema } from "@/lib/content/schema";
import { syncContentIndex } from "@/lib/review/content-index";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { backprop } from "@/lib/engine";
import { askedQuantities, buildInstance, gridOf, MAX_SEED } from "@/lib/exercises/instance";
import { MAX_ELAPSED_MS } from "@/lib/exercises/request";
import { MAX_DURATION_MS } from "@/lib/review/schema";
import { LOG_ID_MAX, MAX_IMPORT_BYTES, RESULT_TEXT_MAX, STORED_INT_MAX } from "@/lib/review/transfer-schema";
import { MAX_JSON_BODY_BYTES } from "@/lib/server/http-json";
import { SETTING_LIMITS, TIME_ZONE_MAX } from "@/lib/srs/settings";
import { openFingerprint, type Fingerprint } from "./db-fingerprint";
import {
  corruptedBody,
  deepJsonText,
  hostileJsonText,
  hostileString,
  malformedJsonText,
  objectText,
  POLLUTION_KEYS,
  POLLUTION_PROBE,
  type Entries,
  type FieldRule,
} from "./hostile";
import { installForCommonJs, resetRequestScope } from "./next-request";

// Issue #7: every API route and every server action, called in-process as Next calls them, with 1,000 hostile
// payloads each. Each payload must get a clear refusal (a 4xx with an `error` message, or an action state with
// one), never a 5xx or an unexpected throw, and must leave every table of the database exactly as it was.

const auth = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth/session", async () => {
  const { redirect } = await import("next/navigation");
  const { fakeSession } = await import("../helpers/fake-session");
  // requireUser as the real one: signed-out callers are sent to the sign-in page.
  return fakeSession(auth, async () => auth.user ?? redirect("/signin"));
});
vi.mock("next/headers", async () => (await import("./next-request")).fakeNextHeaders);
// Outside a Next request there is no cache to revalidate; the fuzz checks the database, not the page cache.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
installForCommonJs();

const solutionRoute = await import("@/app/api/exercises/[id]/solution/route");
const checkRoute = await import("@/app/api/exercises/[id]/check/route");
const healthRoute = await import("@/app/api/health/route");
const pingRoute = await import("@/app/api/ping/route");
const exportRoute = await import("@/app/api/me/export/route");
const exportCsvRoute = await import("@/app/api/me/export/csv/route");
const importRoute = await import("@/app/api/me/import/route");
const reviewsRoute = await import("@/app/api/reviews/route");
const undoRoute = await import("@/app/api/reviews/undo/route");
const buryRoute = await import("@/app/api/reviews/bury/route");
const suspendRoute = await import("@/app/api/reviews/suspend/route");
const nextAuthRoute = await import("@/app/api/auth/[...nextauth]/route");
const authActions = await import("@/lib/auth/actions");
const reviewActions = await import("@/lib/review/actions");
const settingsActions = await import("@/lib/review/settings-action");
const { createSession } = await import("@/lib/auth/credentials");
const { SIGNIN_IP_BASE_FAILURES, SIGNUP_MAX_PER_IP } = await import("@/lib/auth/rate-limit");
const { recordRating } = await import("../helpers/boundary");

const RUNS = 1000;
// A smaller pass with nobody signed in: the session check is one branch, not a parser.
const SIGNED_OUT_RUNS = 200;
const ROOT = path.resolve(import.meta.dirname, "../..");
const IP = "203.0.113.7";

type User = { id: string; email: string; name: null };
const seeded = {
  a: null as unknown as User,
  b: null as unknown as User,
  qaIds: [] as string[],
  itemIds: new Set<string>(),
  derivation: { id: "", hints: 0, answers: {} as Record<string, string[][]> },
  /** User B's rows, which user A's requests must never reach. */
  bReviewIds: [] as string[],
  bSessionId: "",
  bLeechItem: "",
  aNonLatestReviewId: "",
  aReviewIds: [] as string[],
};

// ---------------------------------------------------------------------------------------------------------------
// Outcomes: what a handler or action did with one payload.

type Outcome =
  | { kind: "response"; status: number; text: string; headers: Headers }
  | { kind: "returned"; value: unknown }
  | { kind: "redirect"; url: string }
  | { kind: "threw"; error: unknown };

async function settle(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const value = await run();
    if (value instanceof Response)
      return { kind: "response", status: value.status, text: await value.text(), headers: value.headers };
    return { kind: "returned", value };
  } catch (error) {
    if (isRedirectError(error)) return { kind: "redirect", url: getURLFromRedirectError(error) };
    return { kind: "threw", error };
  }
}

const describeOutcome = (o: Outcome) =>
  o.kind === "threw" ? `threw ${(o.error as Error)?.stack ?? String(o.error)}` : JSON.stringify(o).slice(0, 500);

/** A 4xx among `statuses` whose JSON body carries a non-empty, human-readable `error`. */
function expectClear4xx(o: Outcome, statuses: number[]) {
  if (o.kind !== "response") throw new Error(`expected a response, got ${describeOutcome(o)}`);
  expect(statuses, `status ${o.status}: ${o.text.slice(0, 300)}`).toContain(o.status);
  const body = JSON.parse(o.text) as { error?: unknown };
  expect(typeof body.error).toBe("string");
  expect((body.error as string).trim().length).toBeGreaterThan(0);
}

/** An action's form state carrying at least one message for the person filling the form. */
function expectErrorState(o: Outcome) {
  if (o.kind !== "returned") throw new Error(`expected an error state, got ${describeOutcome(o)}`);
  const state = o.value as { ok?: boolean; error?: unknown; message?: unknown; fieldErrors?: Record<string, unknown> };
  expect(state.ok).not.toBe(true);
  const messages = [state.error, state.message, ...Object.values(state.fieldErrors ?? {})].filter(
    (m) => typeof m === "string" && m.trim() !== "",
  );
  expect(messages.length, JSON.stringify(state).slice(0, 300)).toBeGreaterThan(0);
}

function expectRedirect(o: Outcome, url: string) {
  if (o.kind !== "redirect") throw new Error(`expected a redirect to ${url}, got ${describeOutcome(o)}`);
  expect(o.url).toBe(url);
}

/** What must never appear in anything user A is sent back: user B's identity and rows. */
function expectNoLeakOfB(text: string) {
  for (const secret of [seeded.b.id, seeded.b.email, seeded.bSessionId, ...seeded.bReviewIds])
    expect(text).not.toContain(secret);
}

// ---------------------------------------------------------------------------------------------------------------
// The property runner: every payload is followed by a full database comparison and a prototype check.

let fingerprint: ReturnType<typeof openFingerprint>;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

interface FuzzOptions<T> {
  numRuns: number;
  /** Tables a target may legitimately write for some payloads; `check` judges them instead of plain equality. */
  allowed?: {
    tables: string[];
    check: (before: Fingerprint, previous: Fingerprint, after: Fingerprint, input: T) => void;
  };
}

async function fuzz<T>(
  arb: fc.Arbitrary<T>,
  send: (input: T) => Promise<Outcome>,
  check: (o: Outcome, input: T) => void,
  opts: FuzzOptions<T>,
) {
  const before = fingerprint.take();
  let previous = before;
  const strip = (f: Fingerprint) =>
    Object.fromEntries(Object.entries(f).filter(([t]) => !opts.allowed?.tables.includes(t)));
  await fc.assert(
    fc.asyncProperty(arb, async (input) => {
      const outcome = await send(input);
      check(outcome, input);
      const after = fingerprint.take();
      expect(strip(after), "a hostile payload changed the database").toEqual(strip(before));
      opts.allowed?.check(before, previous, after, input);
      previous = after;
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    }),
    // A write would make every shrunk case fail too: the first counterexample is the honest one.
    { numRuns: opts.numRuns, endOnFailure: true },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP bodies: a corrupted valid body most of the time, and every way a request can be wrong before parsing.

interface BodyCase {
  contentType: string;
  body: string;
  contentLength?: string;
}

const json = (body: string): BodyCase => ({ contentType: "application/json", body });
const WRONG_TYPES = [
  "",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/jso",
  "text/json",
  // Types a browser sends from any site without a preflight, which merely mention JSON.
  "text/plain; application/json",
  "multipart/form-data; boundary=application/json",
  "application/x-www-form-urlencoded; application/json",
  "application/jsonx",
];

/** `corrupted`: bodies whose content is refused; `valid`: a body that would be accepted if the request were right. */
function requestBodies(corrupted: fc.Arbitrary<string>, valid: string, limit: number): fc.Arbitrary<BodyCase> {
  return fc.oneof(
    { arbitrary: corrupted.map(json), weight: 10 },
    { arbitrary: malformedJsonText.map(json), weight: 1 },
    { arbitrary: deepJsonText.map(json), weight: 1 },
    // Arrays, strings and numbers where an object is expected, and objects of anything.
    { arbitrary: hostileJsonText().map(json), weight: 2 },
    // A valid body under a wrong content type is still refused.
    { arbitrary: fc.constantFrom(...WRONG_TYPES).map((contentType) => ({ contentType, body: valid })), weight: 1 },
    // A valid body padded with whitespace past the limit (still valid JSON) is refused by size.
    { arbitrary: fc.integer({ min: 1, max: 2048 }).map((extra) => json(valid + " ".repeat(limit + extra))), weight: 1 },
    // A small valid body declaring an impossible length.
    { arbitrary: fc.constant({ ...json(valid), contentLength: String(limit + 1) }), weight: 1 },
  );
}

const postRequest = (url: string, c: BodyCase) => {
  const headers: Record<string, string> = {};
  if (c.contentType) headers["content-type"] = c.contentType;
  if (c.contentLength) headers["content-length"] = c.contentLength;
  return new Request(url, { method: "POST", headers, body: c.body });
};

/** Which statuses readJson may answer before the handler looks at the content. */
const EDGE_STATUSES = [400, 413, 415];

// ---------------------------------------------------------------------------------------------------------------
// Field rules: what the server would accept, so the fuzz only ever sends what it must refuse.

const isUuid = (v: unknown) =>
  typeof v === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(v);
const intIn = (min: number, max: number) => (v: unknown) =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const never = () => false;
const rule = (valid: (v: unknown) => boolean, required = true): FieldRule => ({ valid, required });

const rateRules = () => ({
  reviewId: rule(isUuid),
  // Any string that names no item is a 404 and writes nothing; only a real item id is accepted.
  itemId: rule((v) => typeof v === "string" && seeded.itemIds.has(v)),
  rating: rule((v) => v === 1 || v === 2 || v === 3 || v === 4),
  durationMs: rule(intIn(0, MAX_DURATION_MS)),
  // Optional, and refused for every non-derivation item, which is what the valid body rates.
  exercise: rule(never, false),
});

const checkRules = () => ({
  // A JSON API takes the seed as the number the client sends; "5", [5], true or null are wrong types.
  seed: rule(intIn(0, MAX_SEED)),
  answers: rule(never),
  hintsUsed: rule((v) => v === undefined || intIn(0, seeded.derivation.hints)(v), false),
  elapsedMs: rule((v) => v === undefined || intIn(0, MAX_ELAPSED_MS)(v), false),
});

const settingsValue: Record<string, (v: unknown) => boolean> = {
  desiredRetention: (v) =>
    typeof v === "number" && v >= SETTING_LIMITS.desiredRetention.min && v <= SETTING_LIMITS.desiredRetention.max,
  newPerDay: intIn(SETTING_LIMITS.newPerDay.min, SETTING_LIMITS.newPerDay.max),
  dayStartHour: intIn(SETTING_LIMITS.dayStartHour.min, SETTING_LIMITS.dayStartHour.max),
  timeZone: (v) => {
    if (typeof v !== "string" || v.trim().length > TIME_ZONE_MAX) return false;
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: v.trim() });
      return true;
    } catch {
      return false;
    }
  },
};
const isIso = (v: unknown) =>
  typeof v === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/.test(v);
const importRules = {
  format: rule((v) => v === "gradwise-export"),
  version: rule((v) => v === 1),
  exportedAt: rule(isIso),
  settings: rule(
    (v) =>
      v === null ||
      (isObject(v) && Object.entries(v).every(([k, x]) => Object.hasOwn(settingsValue, k) && settingsValue[k]!(x))),
  ),
  // An empty list is a valid (and harmless) import; the fuzz sends lists that are not.
  cards: rule((v) => Array.isArray(v) && v.length === 0),
  logs: rule((v) => Array.isArray(v) && v.length === 0),
};

// What SQLite (through Prisma) can store: text that is valid Unicode, integers that fit the Int columns.
const LONE_SURROGATE = /\p{Cs}/u;
const text = (min: number, max: number) => (v: unknown) =>
  typeof v === "string" && v.length >= min && v.length <= max && !LONE_SURROGATE.test(v);
const INT32_MAX = STORED_INT_MAX;
const finite =
  (min = -Infinity) =>
  (v: unknown) =>
    typeof v === "number" && Number.isFinite(v) && v >= min;
const logRules = {
  id: rule(text(1, LOG_ID_MAX)),
  // Any well-formed id is accepted (an unknown item is a skipped row, not an error); the fuzz sends malformed ones.
  itemId: rule((v) => contentIdSchema.safeParse(v).success),
  rating: rule(intIn(1, 4)),
  state: rule(intIn(0, 3)),
  due: rule(isIso),
  stability: rule(finite(0)),
  difficulty: rule(finite()),
  scheduledDays: rule(intIn(0, INT32_MAX)),
  learningSteps: rule(intIn(0, INT32_MAX)),
  review: rule(isIso),
  durationMs: rule(intIn(0, MAX_DURATION_MS)),
  seed: rule((v) => v === null || intIn(0, INT32_MAX)(v)),
  // The stored check of a derivation, as /progress reads it back: JSON with lists of quantities and mistakes, if any.
  result: rule((v) => v === null || (text(0, RESULT_TEXT_MAX)(v) && isExerciseResultText(v as string))),
};

function isExerciseResultText(v: string): boolean {
  let r: unknown;
  try {
    r = JSON.parse(v);
  } catch {
    return false;
  }
  if (!isObject(r)) return false;
  const list = (x: unknown, ok: (e: Record<string, unknown>) => boolean) =>
    x === undefined || (Array.isArray(x) && x.every((e) => isObject(e) && ok(e)));
  return (
    list(r.quantities, (q) => typeof q.ask === "string" && typeof q.ok === "boolean") &&
    list(r.mistakes, (m) => typeof m.mistake === "string")
  );
}

const entries = (o: Record<string, unknown>): Entries => Object.entries(o).map(([k, v]) => [k, JSON.stringify(v)]);

// ---------------------------------------------------------------------------------------------------------------
// Forms: what a browser (or anyone posting to an action) can put in FormData: strings, files, repeats, odd names.

type FormValue = string | { file: string } | null;
const FILE = fc.constantFrom({ file: "x.txt" }, { file: "" });
const hostileFormValue = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  { arbitrary: FILE, weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
);

function formOf(fields: Array<[string, FormValue]>, extra: Array<[string, string]> = []): FormData {
  const form = new FormData();
  // A repeated field only ever comes after the real one: standing in for a missing field would make it valid.
  const missing = new Set(fields.filter(([, v]) => v === null).map(([name]) => name));
  extra = extra.filter(([name]) => !missing.has(name));
  for (const [name, value] of fields) {
    if (value === null) continue;
    if (typeof value === "string") form.append(name, value);
    else form.append(name, new File(["%PDF-1.4 not a field"], value.file, { type: "application/pdf" }));
  }
  for (const [name, value] of extra) form.append(name, value);
  return form;
}

/** Extra form entries: prototype keys, forged owner fields, and a second copy of a real field after the first. */
const junkEntries = (realNames: string[]) =>
  fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(...POLLUTION_KEYS, "userId", "id", "$ACTION_ID_0", "__proto__[polluted]"),
        fc.constantFrom(...realNames),
      ),
      hostileString,
    ),
    { maxLength: 3 },
  );

const emailLike = (v: FormValue) =>
  typeof v === "string" && v.includes("@") && v.trim().length <= EMAIL_MAX && v.trim().length > 0;

// ---------------------------------------------------------------------------------------------------------------
// The targets: one row per route method or server action.

interface Target {
  label: string;
  /** What every payload must get, in the test's name. */
  promise: string;
  /** "app/api/…/route.ts METHOD" or "lib/…/file.ts exportName": what the completeness test matches against. */
  covers: string[];
  fuzz: () => Promise<void>;
}

const apiUrl = (p: string) => `http://localhost${p}`;

const otherUserRate = () =>
  fc
    .tuple(fc.constantFrom(...seeded.bReviewIds), fc.constantFrom(...seeded.qaIds), fc.constantFrom(1, 2, 3, 4))
    .map(([reviewId, itemId, rating]) => objectText(entries({ reviewId, itemId, rating, durationMs: 1000 })));

const signedIn: Target[] = [
  {
    label: "POST /api/reviews",
    promise: "a 4xx with an error (user B's review ids: 409)",
    covers: ["app/api/reviews/route.ts POST"],
    fuzz: async () => {
      const valid = entries({ reviewId: randomUUID(), itemId: seeded.qaIds[0], rating: 3, durationMs: 4000 });
      const corrupted = fc.oneof(
        { arbitrary: corruptedBody(valid, rateRules(), { strict: true }), weight: 4 },
        // User B's review ids, otherwise valid: a 409 that neither changes B's log nor reveals it.
        { arbitrary: otherUserRate(), weight: 1 },
      );
      await fuzz(
        requestBodies(corrupted, objectText(valid), MAX_JSON_BODY_BYTES),
        (c) => settle(() => reviewsRoute.POST(postRequest(apiUrl("/api/reviews"), c))),
        (o) => {
          expectClear4xx(o, [...EDGE_STATUSES, 404, 409]);
          if (o.kind === "response") expectNoLeakOfB(o.text);
        },
        { numRuns: RUNS },
      );
    },
  },
  {
    label: "POST /api/reviews/undo",
    promise: "a 4xx with an error (user B's review ids: 404)",
    covers: ["app/api/reviews/undo/route.ts POST"],
    fuzz: async () => {
      const valid = entries({ reviewId: randomUUID() });
      const ids = fc.oneof(
        fc.constantFrom(...seeded.bReviewIds, seeded.aNonLatestReviewId, seeded.b.id, seeded.bSessionId),
        // Unknown, well-formed ids: "no such review", nothing deleted.
        fc.uuid(),
      );
      const corrupted = fc.oneof(
        { arbitrary: corruptedBody(valid, { reviewId: rule(never) }, { strict: true }), weight: 3 },
        { arbitrary: ids.map((reviewId) => objectText(entries({ reviewId }))), weight: 1 },
      );
      await fuzz(
        requestBodies(corrupted, objectText(valid), MAX_JSON_BODY_BYTES),
        (c) => settle(() => undoRoute.POST(postRequest(apiUrl("/api/reviews/undo"), c))),
        (o) => {
          expectClear4xx(o, [...EDGE_STATUSES, 404, 409]);
          if (o.kind === "response") expectNoLeakOfB(o.text);
        },
        { numRuns: RUNS },
      );
    },
  },
  // Bury and suspend take one item id; whose card it is comes from the session, so a forged owner is only junk.
  ...[
    { how: "bury", route: buryRoute },
    { how: "suspend", route: suspendRoute },
  ].map(({ how, route }): Target => ({
    label: `POST /api/reviews/${how}`,
    promise: "a 4xx with an error (no such item: 404)",
    covers: [`app/api/reviews/${how}/route.ts POST`],
    fuzz: async () => {
      const valid = entries({ itemId: seeded.qaIds[0] });
      const rules = { itemId: rule((v) => typeof v === "string" && seeded.itemIds.has(v)) };
      await fuzz(
        requestBodies(corruptedBody(valid, rules, { strict: true }), objectText(valid), MAX_JSON_BODY_BYTES),
        (c) => settle(() => route.POST(postRequest(apiUrl(`/api/reviews/${how}`), c))),
        (o) => {
          expectClear4xx(o, [...EDGE_STATUSES, 404]);
          if (o.kind === "response") expectNoLeakOfB(o.text);
        },
        { numRuns: RUNS },
      );
    },
  })),
  {
    label: "POST /api/me/import",
    promise: "a 4xx with an error (user B's review ids: 200, stored under new ids once, B's rows untouched)",
    covers: ["app/api/me/import/route.ts POST"],
    fuzz: async () => {
      const valid = entries({
        format: "gradwise-export",
        version: 1,
        exportedAt: "2026-11-01T10:00:00Z",
        settings: null,
        cards: [],
        logs: [],
      });
      const log = (id: string, itemId: string) => ({
        id,
        itemId,
        rating: 3,
        state: 0,
        due: "2026-11-02T10:00:00Z",
        stability: 1,
        difficulty: 5,
        scheduledDays: 1,
        learningSteps: 0,
        review: "2026-11-01T10:00:00Z",
        durationMs: 1000,
        seed: null,
        result: null,
      });
      const withLogs = (logs: string) => objectText(valid.map(([k, v]) => [k, k === "logs" ? logs : v]));
      // One log that would be imported, with one field corrupted: the rows themselves are refused, not only the envelope.
      const oneLog = corruptedBody(entries(log(`import-${randomUUID()}`, seeded.qaIds[1]!)), logRules, {
        strict: true,
      }).map((l) => withLogs(`[${l}]`));
      // The same new review id twice in one file.
      const twice = fc.constant(null).map(() => {
        const l = JSON.stringify(log(`twice-${randomUUID()}`, seeded.qaIds[1]!));
        return withLogs(`[${l},${l}]`);
      });
      // User B's review ids in an otherwise valid export, as in a backup restored into a new account while the old one
      // exists: the rows are user A's own under new ids, and user B's rows are never reached.
      const otherUser = fc.subarray(seeded.bReviewIds, { minLength: 1 }).map((ids) => ({
        text: withLogs(JSON.stringify(ids.map((id) => log(id, seeded.qaIds[0]!)))),
        rows: ids.length,
      }));
      // Reviews dated out of bounds (0001-01-01 then 1900-01-01 made ts-fsrs throw, a 500).
      const outOfBounds = fc
        .tuple(
          fc.constantFrom(
            "0001-01-01T00:00:00Z",
            "1900-01-01T00:00:00Z",
            "1999-12-31T23:59:59Z",
            "2200-01-01T00:00:00Z",
          ),
          fc.boolean(),
        )
        .map(([at, dueToo]) => {
          const l = log(`bounds-${randomUUID()}`, seeded.qaIds[1]!);
          return withLogs(JSON.stringify([{ ...l, review: at, ...(dueToo ? { due: at } : {}) }]));
        });
      // One item twice in `cards`, suspended in one and a leech in the other.
      const conflictingCards = fc.constant(null).map(() => {
        const flags = (suspended: boolean) => ({ itemId: seeded.qaIds[1]!, suspended, leech: !suspended });
        const l = JSON.stringify(log(`cards-${randomUUID()}`, seeded.qaIds[1]!));
        return objectText(
          valid.map(([k, v]) => [
            k,
            k === "cards" ? JSON.stringify([flags(true), flags(false)]) : k === "logs" ? `[${l}]` : v,
          ]),
        );
      });
      type Case = { body: BodyCase; otherUser: number };
      const refused = fc.oneof(
        { arbitrary: corruptedBody(valid, importRules, { strict: true }), weight: 3 },
        { arbitrary: oneLog, weight: 3 },
        { arbitrary: twice, weight: 1 },
        { arbitrary: outOfBounds, weight: 1 },
        { arbitrary: conflictingCards, weight: 1 },
      );
      const cases: fc.Arbitrary<Case> = fc.oneof(
        {
          arbitrary: requestBodies(refused, objectText(valid), MAX_IMPORT_BYTES).map((body) => ({
            body,
            otherUser: 0,
          })),
          weight: 9,
        },
        { arbitrary: otherUser.map((b) => ({ body: json(b.text), otherUser: b.rows })), weight: 1 },
      );
      const bRows = async () => ({
        logs: await db.reviewLog.findMany({ where: { userId: seeded.b.id }, orderBy: { id: "asc" } }),
        cards: await db.reviewCard.findMany({ where: { userId: seeded.b.id }, orderBy: { itemId: "asc" } }),
      });
      await fuzz(
        cases,
        async (c) => {
          const before = c.otherUser ? await bRows() : null;
          const outcome = await settle(() => importRoute.POST(postRequest(apiUrl("/api/me/import"), c.body)));
          if (before) expect(await bRows(), "an import reached user B's rows").toEqual(before);
          return outcome;
        },
        (o, c) => {
          if (!c.otherUser) return expectClear4xx(o, EDGE_STATUSES);
          // An import is a merge with a per-row report: each row is added under a new id, or was already.
          if (o.kind !== "response") throw new Error(describeOutcome(o));
          expect(o.status).toBe(200);
          const report = JSON.parse(o.text) as {
            added: { logs: number; cards: number; settings: boolean; renumbered: number };
            skipped: Array<{ reason: string }>;
          };
          expect(report.added.renumbered).toBe(report.added.logs);
          expect(report.added.logs + report.skipped.length).toBe(c.otherUser);
          expect(report.skipped.every((s) => s.reason === "already imported")).toBe(true);
        },
        {
          numRuns: RUNS,
          allowed: {
            tables: ["ReviewLog", "ReviewCard"],
            check: (before, previous, after, c) => {
              const rows = (f: Fingerprint) => ({ logs: f.ReviewLog, cards: f.ReviewCard });
              if (!c.otherUser) expect(rows(after), "a refused import wrote reviews").toEqual(rows(previous));
              // Each of user B's ids is stored once in user A's account, however often it comes back.
              expect(after.ReviewLog!.rows - before.ReviewLog!.rows).toBeLessThanOrEqual(seeded.bReviewIds.length);
            },
          },
        },
      );
    },
  },
  {
    label: "GET /api/exercises/[id]/solution",
    promise: "a 4xx with an error for any id or seed that is not a real exercise and a seed",
    covers: ["app/api/exercises/[id]/solution/route.ts GET"],
    fuzz: async () => {
      const d = seeded.derivation;
      // Next hands over the id percent-decoded, so as valid Unicode; the seed arrives as query text.
      const id = fc.oneof(
        fc.constant(d.id),
        hostileString.map((s) => s.replace(/\p{Cs}/gu, "\ufffd")),
        fc.constantFrom(...seeded.qaIds, seeded.b.id, ...POLLUTION_KEYS),
      );
      const badSeed = fc.oneof(
        hostileString.filter((s) => !/^\s*\d+\s*$/.test(s)),
        fc.constantFrom("-1", "1.5", "1e999", "NaN", "Infinity", "0x10", "[]", "{}", "__proto__", String(2 ** 53)),
      );
      await fuzz(
        fc.record({ id, seed: fc.option(badSeed, { nil: undefined }) }),
        ({ id, seed }) => {
          const url = new URL(apiUrl(`/api/exercises/${encodeURIComponent(id)}/solution`));
          if (seed !== undefined) url.searchParams.set("seed", seed.replace(/\p{Cs}/gu, "\ufffd"));
          return settle(() => solutionRoute.GET(new Request(url), { params: Promise.resolve({ id }) }));
        },
        (o) => expectClear4xx(o, [400, 404]),
        { numRuns: RUNS },
      );
    },
  },
  {
    label: "POST /api/exercises/[id]/check",
    promise: "a 4xx with an error",
    covers: ["app/api/exercises/[id]/check/route.ts POST"],
    fuzz: async () => {
      const d = seeded.derivation;
      const valid = entries({ seed: 5, answers: d.answers, hintsUsed: 0 });
      // Next hands over the id percent-decoded, so as valid Unicode.
      const badId = fc
        .oneof(
          hostileString.map((s) => s.replace(/\p{Cs}/gu, "\ufffd")),
          fc.constantFrom(...seeded.qaIds, ...seeded.bReviewIds, seeded.b.id, ...POLLUTION_KEYS),
        )
        .filter((id) => id !== d.id);
      type Case = { id: string; body: BodyCase };
      const cases: fc.Arbitrary<Case> = fc.oneof(
        // The real exercise with a refused body.
        requestBodies(corruptedBody(valid, checkRules(), { strict: true }), objectText(valid), MAX_JSON_BODY_BYTES).map(
          (body) => ({ id: d.id, body }),
        ),
        // Anything but the real exercise id, with a valid or a refused body.
        fc.record({
          id: badId,
          body: fc.oneof(
            fc.constant(json(objectText(valid))),
            corruptedBody(valid, checkRules(), { strict: true }).map(json),
          ),
        }),
      );
      await fuzz(
        cases,
        (c) =>
          settle(() =>
            checkRoute.POST(postRequest(apiUrl(`/api/exercises/${encodeURIComponent(c.id)}/check`), c.body), {
              params: Promise.resolve({ id: c.id }),
            }),
          ),
        (o) => expectClear4xx(o, [...EDGE_STATUSES, 404]),
        { numRuns: RUNS },
      );
    },
  },
  ...[
    {
      label: "GET /api/health",
      covers: "app/api/health/route.ts GET",
      promise: "200 and status ok, whatever the request says",
      handler: healthRoute.GET as (r: Request) => Promise<Response>,
      own: (text: string) => expect(JSON.parse(text)).toMatchObject({ status: "ok", database: { ok: true } }),
    },
    {
      label: "GET /api/ping",
      covers: "app/api/ping/route.ts GET",
      promise: "200 and its constant body, whatever the request says",
      handler: async () => pingRoute.GET(),
      own: (text: string) => expect(JSON.parse(text)).toEqual({ ok: true }),
    },
    {
      label: "GET /api/me/export",
      covers: "app/api/me/export/route.ts GET",
      promise: "200 with user A's reviews and nothing of user B's, whatever the request says",
      handler: exportRoute.GET as (r: Request) => Promise<Response>,
      own: (text: string, aIds: string[]) =>
        expect((JSON.parse(text) as { logs: Array<{ id: string }> }).logs.map((l) => l.id).sort()).toEqual(aIds),
    },
    {
      label: "GET /api/me/export/csv",
      covers: "app/api/me/export/csv/route.ts GET",
      promise: "200 with user A's reviews and nothing of user B's, whatever the request says",
      handler: exportCsvRoute.GET as (r: Request) => Promise<Response>,
      // A header line, then user A's reviews and nobody else's.
      own: (text: string, aIds: string[]) => expect(text.trim().split("\n")).toHaveLength(1 + aIds.length),
    },
  ].map(({ label, covers, promise, handler, own }): Target => ({
    label,
    promise,
    covers: [covers],
    // These take no input: the property is that nothing in the request changes what they do or whose data they
    // return (a forged userId in the query is not a way into user B's export), and that they never write.
    fuzz: async () => {
      // User A's reviews as they stand: the seeded ones, and those the import target stored from a file that
      // carried user B's ids (under new ids, in user A's account).
      const aIds = (await db.reviewLog.findMany({ where: { userId: seeded.a.id }, select: { id: true } }))
        .map((r) => r.id)
        .sort();
      expect(aIds).toEqual(expect.arrayContaining(seeded.aReviewIds));
      const query = fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom("userId", "id", "user", ...POLLUTION_KEYS), hostileString),
          fc.oneof(fc.constantFrom(seeded.b.id, seeded.b.email), hostileString),
        ),
        { maxLength: 4 },
      );
      const headers = fc.array(
        fc.tuple(
          fc.constantFrom("x-user-id", "cookie", "x-forwarded-for", "accept", "range"),
          fc.oneof(
            fc.constantFrom(seeded.b.id, `next-auth.session-token=${seeded.bSessionId}`),
            fc.string({ maxLength: 200 }),
          ),
        ),
        { maxLength: 3 },
      );
      await fuzz(
        fc.record({ query, headers }),
        ({ query, headers }) => {
          const url = new URL(apiUrl("/api/x"));
          for (const [k, v] of query) url.searchParams.append(k, v.slice(0, 2000));
          return settle(() =>
            handler(
              new Request(url, {
                headers: headers.map(([k, v]): [string, string] => [k, v.replace(/[^\x20-\x7e]/g, "?")]),
              }),
            ),
          );
        },
        (o) => {
          if (o.kind !== "response") throw new Error(describeOutcome(o));
          expect(o.status).toBe(200);
          expectNoLeakOfB(o.text);
          own(o.text, aIds);
        },
        { numRuns: RUNS },
      );
    },
  })),
  {
    label: "GET and POST /api/auth/[...nextauth]",
    promise: "no 5xx, no redirect off the site, nothing of user B's",
    covers: ["app/api/auth/[...nextauth]/route.ts GET", "app/api/auth/[...nextauth]/route.ts POST"],
    // next-auth's own protocol answers with redirects and 200s by design (session JSON, CSRF token, error page), so
    // the property is: never a 5xx, never a write, never user B's data, never a redirect off this site.
    fuzz: async () => {
      const ACTIONS = [
        "session",
        "csrf",
        "providers",
        "signin",
        "signout",
        "callback",
        "error",
        "_log",
        "verify-request",
        "github",
        "credentials",
        "email",
      ];
      // Next passes a catch-all at least one segment, none empty, each percent-decoded (so valid Unicode).
      const segment = fc.oneof(
        { arbitrary: fc.constantFrom(...ACTIONS), weight: 3 },
        {
          arbitrary: hostileString.map((s) => s.slice(0, 200).replace(/\p{Cs}/gu, "\ufffd")).filter((s) => s !== ""),
          weight: 1,
        },
      );
      const sessionCookie = fc.oneof(
        fc.constantFrom(seeded.bSessionId, seeded.b.id, seeded.b.email, ...POLLUTION_KEYS),
        fc.constant(null).map(() => randomBytes(32).toString("hex")),
        fc.string({ maxLength: 100 }),
      );
      const cookieValue = (s: string) => encodeURIComponent(s.slice(0, 300).replace(/\p{Cs}/gu, "\ufffd"));
      const body = fc.oneof(
        fc.constant(null),
        fc
          .array(
            fc.tuple(
              fc.oneof(
                fc.constantFrom("csrfToken", "callbackUrl", "json", "email", "code", "state", ...POLLUTION_KEYS),
                hostileString,
              ),
              fc.oneof(fc.constantFrom("https://evil.example/", "//evil.example", "true"), hostileString),
            ),
            { maxLength: 4 },
          )
          .map((pairs) => ({
            contentType: "application/x-www-form-urlencoded",
            body: new URLSearchParams(pairs.map(([k, v]) => [k, v.slice(0, 2000)])).toString(),
          })),
        fc
          .oneof(hostileJsonText(["csrfToken", "callbackUrl", "json"]), malformedJsonText, deepJsonText)
          .map((b) => ({ contentType: "application/json", body: b })),
        fc.constantFrom(...WRONG_TYPES).map((contentType) => ({ contentType, body: "csrfToken=x&json=true" })),
      );
      const cases = fc.record({
        method: fc.constantFrom("GET", "POST"),
        segments: fc.array(segment, { minLength: 1, maxLength: 3 }),
        query: fc.array(
          fc.tuple(
            fc.constantFrom("callbackUrl", "error", "csrf", "json", ...POLLUTION_KEYS),
            fc.oneof(fc.constantFrom("https://evil.example/", "//evil.example", "javascript:alert(1)"), hostileString),
          ),
          { maxLength: 3 },
        ),
        session: sessionCookie,
        csrf: fc.oneof(fc.constant(null), fc.string({ maxLength: 200 })),
        callbackCookie: fc.option(
          fc.record({
            name: fc.constantFrom("next-auth.callback-url", "__Secure-next-auth.callback-url"),
            value: fc.oneof(fc.constantFrom("https://evil.example/", "//evil.example", "/review"), hostileString),
          }),
        ),
        forwarded: fc.record({
          host: fc.constantFrom("", "evil.example"),
          proto: fc.constantFrom("", "https", "javascript"),
        }),
        body,
      });
      const handlers = { GET: nextAuthRoute.GET, POST: nextAuthRoute.POST };
      await fuzz(
        cases,
        async (c) => {
          const url = new URL(apiUrl(`/api/auth/${c.segments.map(encodeURIComponent).join("/")}`));
          for (const [k, v] of c.query) url.searchParams.append(k, v.slice(0, 2000));
          const headers: Record<string, string> = {};
          if (c.forwarded.host) headers["x-forwarded-host"] = c.forwarded.host;
          if (c.forwarded.proto) headers["x-forwarded-proto"] = c.forwarded.proto;
          const cookies: Record<string, string> = { "next-auth.session-token": cookieValue(c.session) };
          if (c.csrf !== null) cookies["next-auth.csrf-token"] = cookieValue(c.csrf);
          if (c.callbackCookie !== null) cookies[c.callbackCookie.name] = cookieValue(c.callbackCookie.value);
          // The request and next/headers describe the same request, as they do in Next.
          headers.cookie = Object.entries(cookies)
            .map(([k, v]) => `${k}=${v}`)
            .join("; ");
          const init: { method: string; headers: Record<string, string>; body?: string } = {
            method: c.method,
            headers: { ...headers },
          };
          if (c.method === "POST" && c.body) {
            init.headers["content-type"] = c.body.contentType;
            init.body = c.body.body;
          }
          resetRequestScope(
            init.headers,
            Object.fromEntries(Object.entries(cookies).map(([k, v]) => [k, decodeURIComponent(v)])),
          );
          const request = new NextRequest(url, init);
          return settle(() =>
            handlers[c.method as "GET" | "POST"](request, { params: Promise.resolve({ nextauth: c.segments }) }),
          );
        },
        (o) => {
          if (o.kind !== "response") throw new Error(describeOutcome(o));
          expect(o.status, o.text.slice(0, 300)).toBeLessThan(500);
          // A refusal says something: next-auth's own text, or the guard's JSON error.
          if (o.status >= 400) expect(o.text.trim().length).toBeGreaterThan(0);
          expectNoLeakOfB(o.text);
          const location = o.headers.get("location");
          if (location)
            expect(new URL(location, "http://localhost:3000").host, `redirect to ${location}`).toBe("localhost:3000");
        },
        { numRuns: RUNS },
      );
    },
  },
  {
    label: "signInAction",
    promise: "an error state (failed attempts recorded only up to the rate limit)",
    covers: ["lib/auth/actions.ts signInAction"],
    fuzz: async () => {
      type Case = {
        email: FormValue;
        password: FormValue;
        callbackUrl: FormValue;
        junk: Array<[string, string]>;
        attempt: boolean;
      };
      const badEmail = hostileFormValue.filter((v) => !emailLike(v));
      const badPassword = fc.oneof(fc.constantFrom<FormValue>("", null, { file: "p.txt" }), hugeLike(201));
      const callbackUrl = fc.oneof(
        fc.constantFrom<FormValue>("//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)"),
        hostileFormValue,
      );
      const cases: fc.Arbitrary<Case> = fc.oneof(
        {
          arbitrary: fc.record({
            email: badEmail,
            password: hostileFormValue,
            callbackUrl,
            junk: junkEntries(["email", "password"]),
            attempt: fc.constant(false),
          }),
          weight: 6,
        },
        {
          arbitrary: fc.record({
            email: fc.constant<FormValue>("someone@example.com"),
            password: badPassword,
            callbackUrl,
            junk: junkEntries(["email", "password"]),
            attempt: fc.constant(false),
          }),
          weight: 3,
        },
        // User B's (or A's) email with a guessed password: a real, failed attempt, which the rate limiter counts.
        {
          arbitrary: fc.record({
            email: fc.constantFrom<FormValue>(seeded.b.email, ` ${seeded.b.email.toUpperCase()} `, seeded.a.email),
            password: fc.string({ minLength: 1, maxLength: 200 }),
            callbackUrl,
            junk: fc.constant<Array<[string, string]>>([]),
            attempt: fc.constant(true),
          }),
          weight: 1,
        },
      );
      resetRequestScope({ "x-forwarded-for": IP });
      await fuzz(
        cases,
        (c) =>
          settle(() =>
            authActions.signInAction(
              {},
              formOf(
                [
                  ["email", c.email],
                  ["password", c.password],
                  ["callbackUrl", c.callbackUrl],
                ],
                c.junk,
              ),
            ),
          ),
        (o) => expectErrorState(o),
        {
          numRuns: RUNS,
          // The one intended write: a failed attempt on a well-formed email is recorded for rate limiting, and the
          // limit (per IP, all payloads here come from one) stops the recording after SIGNIN_IP_BASE_FAILURES attempts.
          allowed: {
            tables: ["RateLimitHit"],
            check: (before, previous, after, c) => {
              if (!c.attempt)
                expect(after.RateLimitHit, "a refused form was counted as an attempt").toEqual(previous.RateLimitHit);
              expect(after.RateLimitHit!.rows - before.RateLimitHit!.rows).toBeLessThanOrEqual(
                2 * SIGNIN_IP_BASE_FAILURES,
              );
            },
          },
        },
      );
    },
  },
  {
    label: "signUpAction",
    promise: "an error state",
    covers: ["lib/auth/actions.ts signUpAction"],
    fuzz: async () => {
      type Case = { email: FormValue; password: FormValue; junk: Array<[string, string]> };
      const goodPassword = fc.constant<FormValue>("correct horse battery");
      const badPassword = fc.oneof(
        fc.constantFrom<FormValue>("", null, { file: "p.txt" }, "short"),
        fc.string({ maxLength: 9 }),
        hugeLike(201),
      );
      const cases: fc.Arbitrary<Case> = fc.oneof(
        fc.record({
          email: hostileFormValue.filter((v) => !emailLike(v)),
          password: fc.oneof(goodPassword, hostileFormValue),
          junk: junkEntries(["email", "password"]),
        }),
        fc.record({
          email: fc.constant<FormValue>(`new-${randomUUID()}@example.com`),
          password: badPassword,
          junk: junkEntries(["email", "password"]),
        }),
        // Someone else's email, however it is spelled, is taken: refused before any hashing, and counted.
        fc.record({
          email: fc.constantFrom<FormValue>(seeded.b.email, ` ${seeded.b.email.toUpperCase()}`, seeded.a.email),
          password: goodPassword,
          junk: fc.constant<Array<[string, string]>>([]),
        }),
      );
      resetRequestScope({ "x-forwarded-for": IP });
      await fuzz(
        cases,
        (c) =>
          settle(() =>
            authActions.signUpAction(
              {},
              formOf(
                [
                  ["email", c.email],
                  ["password", c.password],
                ],
                c.junk,
              ),
            ),
          ),
        (o) => expectErrorState(o),
        {
          numRuns: RUNS,
          // The one intended write: a try on a taken email counts against the address's sign-ups (an account-existence
          // question), and the limit stops the counting after SIGNUP_MAX_PER_IP of them.
          allowed: {
            tables: ["RateLimitHit"],
            check: (before, _previous, after) => {
              expect(after.RateLimitHit!.rows - before.RateLimitHit!.rows).toBeLessThanOrEqual(SIGNUP_MAX_PER_IP);
            },
          },
        },
      );
    },
  },
  {
    label: "deleteAccountAction",
    promise: "an error state",
    covers: ["lib/auth/actions.ts deleteAccountAction"],
    fuzz: async () => {
      // Only user A's own email (typed by user A) deletes anything; user B's email above all must not.
      const confirm = fc
        .oneof(fc.constantFrom<FormValue>(seeded.b.email, ` ${seeded.b.email.toUpperCase()}`), hostileFormValue)
        .filter((v) => typeof v !== "string" || v.trim().toLowerCase() !== seeded.a.email);
      await fuzz(
        fc.record({ confirm, junk: junkEntries(["confirmEmail"]).map((j) => j.filter(([k]) => k !== "confirmEmail")) }),
        (c) => settle(() => authActions.deleteAccountAction({}, formOf([["confirmEmail", c.confirm]], c.junk))),
        (o) => expectErrorState(o),
        { numRuns: RUNS },
      );
    },
  },
  {
    label: "signOutAction",
    promise: "a redirect to /, nobody signed out",
    covers: ["lib/auth/actions.ts signOutAction"],
    // It takes no fields: its input is the cookie jar. Cookies naming user B's session id, user id or email (not
    // their secret token) sign nobody out.
    fuzz: async () => {
      // Next's cookie parser percent-decodes values and drops any that do not decode, so no value it hands over
      // holds an unpaired surrogate; the fuzz sends what it can hand over.
      const value = fc
        .oneof(
          fc.constantFrom(seeded.bSessionId, seeded.b.id, seeded.b.email, "*", "%", ...POLLUTION_KEYS),
          hostileString.map((s) => s.slice(0, 4000)),
        )
        .map((s) => s.replace(/\p{Cs}/gu, "\ufffd"));
      await fuzz(
        fc.record({ plain: value, secure: fc.option(value) }),
        (c) => {
          resetRequestScope(
            {},
            {
              "next-auth.session-token": c.plain,
              ...(c.secure === null ? {} : { "__Secure-next-auth.session-token": c.secure }),
            },
          );
          return settle(() =>
            (authActions.signOutAction as (form?: FormData) => Promise<void>)(formOf([["__proto__", c.plain]])),
          );
        },
        (o) => expectRedirect(o, "/"),
        { numRuns: RUNS },
      );
    },
  },
  ...[
    { label: "changePasswordAction", action: () => authActions.changePasswordAction, other: "password" },
    { label: "changeEmailAction", action: () => authActions.changeEmailAction, other: "email" },
  ].map(({ label, action, other }): Target => ({
    label,
    promise: "an error state (wrong current passwords recorded only up to the rate limit)",
    covers: [`lib/auth/actions.ts ${label}`],
    // User A has no password (a GitHub-style account), so no current password is right: every well-formed try is
    // a failed attempt on A's email, held to the sign-in limit; user B's email as the new address changes nothing.
    fuzz: async () => {
      const value = fc.oneof(
        fc.constantFrom<FormValue>(seeded.b.email, seeded.a.email, "correct horse battery staple"),
        hostileFormValue,
      );
      resetRequestScope({ "x-forwarded-for": IP });
      await fuzz(
        fc.record({ current: value, next: value, junk: junkEntries(["currentPassword", other]) }),
        (c) =>
          settle(() =>
            action()(
              {},
              formOf(
                [
                  ["currentPassword", c.current],
                  [other, c.next],
                ],
                c.junk,
              ),
            ),
          ),
        (o) => expectErrorState(o),
        {
          numRuns: RUNS,
          allowed: {
            tables: ["RateLimitHit"],
            check: (before, _previous, after) => {
              expect(after.RateLimitHit!.rows - before.RateLimitHit!.rows).toBeLessThanOrEqual(
                2 * SIGNIN_IP_BASE_FAILURES,
              );
            },
          },
        },
      );
    },
  })),
  {
    label: "resetPasswordAction",
    promise: "an error state",
    covers: ["lib/auth/actions.ts resetPasswordAction"],
    // No reset link exists: no token, however well-formed, sets a password or signs anyone out.
    fuzz: async () => {
      const token = fc.oneof(
        fc.stringMatching(/^[\w-]{43}$/).map((t): FormValue => t),
        fc.constantFrom<FormValue>(seeded.bSessionId, seeded.b.id),
        hostileFormValue,
      );
      await fuzz(
        fc.record({ token, password: hostileFormValue, junk: junkEntries(["token", "password"]) }),
        (c) =>
          settle(() =>
            authActions.resetPasswordAction(
              {},
              formOf(
                [
                  ["token", c.token],
                  ["password", c.password],
                ],
                c.junk,
              ),
            ),
          ),
        (o) => expectErrorState(o),
        { numRuns: RUNS },
      );
    },
  },
  ...(["unsuspendItem", "suspendItem", "resetItem"] as const).map((name): Target => ({
    label: name,
    promise: "a silent no-op (it has no state to report into)",
    covers: [`lib/review/actions.ts ${name}`],
    // Form actions with no state to report into: a refused item id is a silent no-op, so the property is no
    // throw and no write, for malformed ids and for items only user B has a card for (B's suspended leech, and
    // B's other items, which user A has never rated) alike.
    fuzz: async () => {
      const bOnly = seeded.bLeechItem;
      const itemId = fc.oneof(
        fc.constantFrom<FormValue>(bOnly, seeded.qaIds[1]!, seeded.b.id, ...POLLUTION_KEYS),
        hostileFormValue,
      );
      await fuzz(
        fc.record({ itemId, junk: junkEntries(["itemId"]) }),
        (c) => settle(() => reviewActions[name](formOf([["itemId", c.itemId]], c.junk))),
        (o) => {
          if (o.kind !== "returned") throw new Error(describeOutcome(o));
          expect(o.value).toBeUndefined();
        },
        { numRuns: RUNS },
      );
    },
  })),
  {
    label: "updateSettings",
    promise: "an error state",
    covers: ["lib/review/settings-action.ts updateSettings"],
    fuzz: async () => {
      const valid: Array<[string, string]> = [
        ["desiredRetention", "0.85"],
        ["newPerDay", "15"],
        ["dayStartHour", "3"],
        ["timeZone", "Europe/Paris"],
      ];
      const numberText = (min: number, max: number, int: boolean) => (v: FormValue) => {
        if (typeof v !== "string" || v.trim() === "") return false;
        const n = Number(v.trim());
        return Number.isFinite(n) && n >= min && n <= max && (!int || Number.isInteger(n));
      };
      const fieldOk: Record<string, (v: FormValue) => boolean> = {
        desiredRetention: numberText(0.7, 0.97, false),
        newPerDay: numberText(0, 500, true),
        dayStartHour: numberText(0, 23, true),
        timeZone: (v) => settingsValue.timeZone!(v),
      };
      const numberish = fc.constantFrom<FormValue>(
        "NaN",
        "Infinity",
        "-Infinity",
        "1e308",
        "-1e308",
        "1e999",
        "0x7fffffff",
        "-1",
        "0.5",
        "1.5",
        "24",
        "501",
        "0.98",
        "0.69",
        "1/2",
        "9".repeat(400),
      );
      const cases = fc
        .tuple(
          fc.constantFrom(...valid.map(([k]) => k)),
          fc.oneof(hostileFormValue, numberish),
          junkEntries(valid.map(([k]) => k)),
        )
        .filter(([field, bad]) => !fieldOk[field]!(bad))
        // A forged owner field changes nothing: the settings saved are always the signed-in learner's.
        .map(([field, bad, junk]) => ({
          fields: valid.map(([k, v]): [string, FormValue] => [k, k === field ? bad : v]),
          junk: [...junk.filter(([k]) => !Object.hasOwn(fieldOk, k)), ["userId", seeded.b.id] as [string, string]],
        }));
      await fuzz(
        cases,
        (c) => settle(() => settingsActions.updateSettings({}, formOf(c.fields, c.junk))),
        (o) => expectErrorState(o),
        { numRuns: RUNS },
      );
    },
  },
];

function hugeLike(min: number) {
  return fc
    .tuple(fc.constantFrom("x", "💥", " "), fc.integer({ min, max: 50_000 }))
    .map(([c, n]): FormValue => c.repeat(n));
}

// ---------------------------------------------------------------------------------------------------------------
// Signed out: valid and hostile payloads alike are refused for want of a session, and nothing is written.

const signedOut: Target[] = [
  ...[
    { label: "POST /api/reviews", handler: reviewsRoute.POST, valid: () => otherUserRate() },
    {
      label: "POST /api/reviews/undo",
      handler: undoRoute.POST,
      valid: () =>
        fc
          .constantFrom(...seeded.bReviewIds, ...seeded.aReviewIds)
          .map((reviewId) => objectText(entries({ reviewId }))),
    },
    ...[
      { label: "POST /api/reviews/bury", handler: buryRoute.POST },
      { label: "POST /api/reviews/suspend", handler: suspendRoute.POST },
    ].map((r) => ({
      ...r,
      valid: () => fc.constantFrom(...seeded.qaIds).map((itemId) => objectText(entries({ itemId }))),
    })),
    {
      label: "POST /api/me/import",
      handler: importRoute.POST,
      valid: () =>
        fc.constant(
          objectText(
            entries({
              format: "gradwise-export",
              version: 1,
              exportedAt: "2026-11-01T10:00:00Z",
              settings: { newPerDay: 5 },
              cards: [],
              logs: [],
            }),
          ),
        ),
    },
  ].map(({ label, handler, valid }): Target => ({
    label,
    promise: "refused",
    covers: [],
    fuzz: () =>
      fuzz(
        // Bodies readJson lets through (within the size limit, no escaped surrogates), so the session refuses them.
        fc
          .oneof(valid(), hostileJsonText(["reviewId", "itemId", "rating", "logs"]), fc.constant(POLLUTION_PROBE))
          .filter((b) => Buffer.byteLength(b) < 30_000 && !/\\u[dD][89a-fA-F]/.test(b)),
        (body) => settle(() => handler(postRequest(apiUrl("/api"), json(body)))),
        (o) => expectClear4xx(o, [401]),
        { numRuns: SIGNED_OUT_RUNS },
      ),
  })),
  ...[
    { label: "GET /api/me/export", handler: exportRoute.GET as (r: Request) => Promise<Response> },
    { label: "GET /api/me/export/csv", handler: exportCsvRoute.GET as (r: Request) => Promise<Response> },
  ].map(({ label, handler }): Target => ({
    label,
    promise: "refused",
    covers: [],
    fuzz: () =>
      fuzz(
        fc.constantFrom(seeded.a.id, seeded.b.id, ...POLLUTION_KEYS),
        (userId) =>
          settle(() =>
            handler(
              new Request(apiUrl(`/api/x?userId=${encodeURIComponent(userId)}`), { headers: { "x-user-id": userId } }),
            ),
          ),
        (o) => expectClear4xx(o, [401]),
        { numRuns: SIGNED_OUT_RUNS },
      ),
  })),
  {
    label: "deleteAccountAction",
    promise: "refused",
    covers: [],
    fuzz: () =>
      fuzz(
        fc.oneof(fc.constantFrom<FormValue>(seeded.a.email, seeded.b.email), hostileFormValue),
        (confirm) => settle(() => authActions.deleteAccountAction({}, formOf([["confirmEmail", confirm]]))),
        (o) => expectRedirect(o, "/signin"),
        { numRuns: SIGNED_OUT_RUNS },
      ),
  },
  ...(["unsuspendItem", "suspendItem", "resetItem"] as const).map((name): Target => ({
    label: name,
    promise: "refused",
    covers: [],
    fuzz: () =>
      fuzz(
        fc.oneof(fc.constantFrom<FormValue>(seeded.bLeechItem, ...seeded.qaIds), hostileFormValue),
        (itemId) => settle(() => reviewActions[name](formOf([["itemId", itemId]]))),
        (o) => expect(o).toEqual({ kind: "returned", value: undefined }),
        { numRuns: SIGNED_OUT_RUNS },
      ),
  })),
  {
    label: "updateSettings",
    promise: "refused",
    covers: [],
    fuzz: () =>
      fuzz(
        fc.oneof(
          // Even a valid form is refused without a session.
          fc.constant<Array<[string, FormValue]>>([
            ["desiredRetention", "0.9"],
            ["newPerDay", "10"],
            ["dayStartHour", "4"],
            ["timeZone", "UTC"],
          ]),
          fc.array(
            fc.tuple(
              fc.constantFrom("desiredRetention", "newPerDay", "dayStartHour", "timeZone", ...POLLUTION_KEYS),
              hostileFormValue,
            ),
            { maxLength: 5 },
          ),
        ),
        (fields) => settle(() => settingsActions.updateSettings({}, formOf(fields))),
        (o) => expectErrorState(o),
        { numRuns: SIGNED_OUT_RUNS },
      ),
  },
];

// ---------------------------------------------------------------------------------------------------------------

beforeAll(async () => {
  const library = await loadContent(path.join(ROOT, "content"));
  await syncContentIndex(library, { published: [], retired: [] });
  seeded.itemIds = new Set(library.items.map((i) => i.id));
  seeded.qaIds = library.items.filter((i) => i.kind === "qa").map((i) => i.id);
  const ex = library.items.find((i) => i.kind === "derivation" && !i.ask.some((a) => a.includes("[")));
  if (!ex || ex.kind !== "derivation" || seeded.qaIds.length < 4)
    throw new Error("the library needs four Q&A items and a derivation exercise");
  const r = backprop(buildInstance(ex, 5));
  seeded.derivation = {
    id: ex.id,
    hints: ex.hints.length,
    answers: Object.fromEntries(
      askedQuantities(ex).map((q) => [q.ask, gridOf(r[q.key], q).map((row) => row.map(String))]),
    ),
  };

  const make = async (tag: string) => {
    const u = await db.user.create({ data: { email: `${tag}-${randomUUID()}@example.com` } });
    await db.reviewSettings.create({ data: { userId: u.id, newPerDay: 10 } });
    return { id: u.id, email: u.email!, name: null } as User;
  };
  seeded.a = await make("alice");
  seeded.b = await make("bob");
  const rate = async (itemId: string, at: string) => {
    const reviewId = randomUUID();
    const res = await recordRating({ reviewId, itemId, rating: 3, durationMs: 1000 }, new Date(at));
    if (res.status !== 200) throw new Error(JSON.stringify(res));
    return reviewId;
  };
  const [q0, q1, q2, q3] = seeded.qaIds as [string, string, string, string];
  auth.user = seeded.b;
  for (const [item, at] of [
    [q0, "2026-11-01T10:00:00Z"],
    [q1, "2026-11-01T10:01:00Z"],
    [q3, "2026-11-01T10:02:00Z"],
  ] as const)
    seeded.bReviewIds.push(await rate(item, at));
  // User B's leech, on an item user A has never seen: user A's unsuspend must not reach it.
  await db.reviewCard.update({
    where: { userId_itemId: { userId: seeded.b.id, itemId: q3 } },
    data: { suspended: true, leech: true },
  });
  seeded.bLeechItem = q3;
  auth.user = seeded.a;
  seeded.aNonLatestReviewId = await rate(q0, "2026-11-01T11:00:00Z");
  seeded.aReviewIds = [
    seeded.aNonLatestReviewId,
    await rate(q0, "2026-11-02T11:00:00Z"),
    await rate(q2, "2026-11-02T11:05:00Z"),
  ];
  await createSession(seeded.a.id);
  const bSession = await createSession(seeded.b.id);
  seeded.bSessionId = (await db.session.findUniqueOrThrow({ where: { sessionToken: bSession.sessionToken } })).id;

  fingerprint = openFingerprint(env.databaseFile);
  // next-auth and the auth actions log refused requests; a thousand of them would bury the test output.
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
}, 120_000);

afterAll(async () => {
  fingerprint?.close();
  await db.$disconnect();
});

describe("the harness", () => {
  test("the database fingerprint sees a write made through the app's Prisma client, and only a write", async () => {
    const before = fingerprint.take();
    expect(fingerprint.take()).toEqual(before);
    await db.reviewSettings.update({ where: { userId: seeded.a.id }, data: { newPerDay: 11 } });
    const changed = fingerprint.take();
    expect(changed.ReviewSettings).not.toEqual(before.ReviewSettings);
    expect(changed.ReviewSettings!.rows).toBe(before.ReviewSettings!.rows);
    await db.reviewSettings.update({ where: { userId: seeded.a.id }, data: { newPerDay: 10 } });
    expect(fingerprint.take()).toEqual(before);
  });
});

describe("fuzz, signed in as user A (user B's rows within reach), 1,000 payloads per target, no write after any", () => {
  beforeEach(() => {
    auth.user = seeded.a;
    resetRequestScope();
  });
  test.each(signedIn)("$label: $promise", async ({ fuzz }) => fuzz(), 240_000);
});

describe("fuzz, signed out", () => {
  beforeEach(() => {
    auth.user = null;
    resetRequestScope();
  });
  test.each(signedOut)("$label: refused without a session, nothing written", async ({ fuzz }) => fuzz(), 120_000);
});

// ---------------------------------------------------------------------------------------------------------------
// Completeness: a route or action added later fails here until it has a row in the table above.

const filesUnder = (dir: string, ext: RegExp) =>
  (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((f) => ext.test(f))
    .map((f) => path.join(dir, f).split(path.sep).join("/"));

describe("the fuzz table covers every entry point", () => {
  const covered = new Set(signedIn.flatMap((t) => t.covers));
  const routeModules = import.meta.glob<Record<string, unknown>>("/app/api/**/route.ts");
  const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

  test("every exported method of every app/api/**/route.ts", async () => {
    const routes = filesUnder("app/api", /(^|\/)route\.tsx?$/);
    expect(routes.length).toBeGreaterThanOrEqual(8);
    expect(
      Object.keys(routeModules)
        .map((p) => p.slice(1))
        .sort(),
    ).toEqual([...routes].sort());
    const exported: string[] = [];
    for (const [file, load] of Object.entries(routeModules)) {
      const mod = await load();
      for (const method of HTTP_METHODS)
        if (typeof mod[method] === "function") exported.push(`${file.slice(1)} ${method}`);
    }
    expect(exported.filter((e) => !covered.has(e))).toEqual([]);
  });

  test('every export of every "use server" file, and no inline "use server" functions', async () => {
    const sources = [
      ...filesUnder("app", /\.tsx?$/),
      ...filesUnder("lib", /\.tsx?$/),
      ...filesUnder("components", /\.tsx?$/),
    ].filter((f) => !f.startsWith("lib/generated/"));
    const serverFiles: string[] = [];
    for (const file of sources) {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      if (!/["']use server["']/.test(text)) continue;
      // A file-level directive is the first statement; anything else is an inline action this table cannot list.
      expect(text.replace(/^(\s|\/\/[^\n]*\n)*/, ""), `${file}: "use server" must open the file`).toMatch(
        /^["']use server["']/,
      );
      expect(text.match(/["']use server["']/g), `${file}: one directive`).toHaveLength(1);
      serverFiles.push(file);
    }
    expect(serverFiles.length).toBeGreaterThanOrEqual(3);
    const exported: string[] = [];
    const modules = {
      "lib/auth/actions.ts": authActions,
      "lib/review/actions.ts": reviewActions,
      "lib/review/settings-action.ts": settingsActions,
    } as Record<string, Record<string, unknown>>;
    for (const file of serverFiles) {
      const mod = modules[file];
      expect(mod, `${file} is a "use server" file the fuzz does not import`).toBeDefined();
      for (const [name, value] of Object.entries(mod!))
        if (typeof value === "function") exported.push(`${file} ${name}`);
    }
    expect(exported.length).toBeGreaterThanOrEqual(6);
    expect(exported.filter((e) => !covered.has(e))).toEqual([]);
  });
});
