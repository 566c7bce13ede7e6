import fc from "fast-check";

// Hostile inputs for the fuzz test, built as JSON *text* (not JS values) so that keys like "__proto__" reach
// JSON.parse as written and numbers like 1e999 or -0 arrive exactly as a client could send them.

export const POLLUTION_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** Tries to reach Object.prototype through each of the usual paths; the test checks afterwards that none did. */
export const POLLUTION_PROBE =
  '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}';

const NASTY_STRINGS = [
  "",
  " ",
  "NaN",
  "-NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "1e308",
  "-1e308",
  "1e999",
  "0x1F",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "[object Object]",
  "\u0000",
  "\ud800",
  "%00",
  "' OR 1=1 --",
  '"; DROP TABLE "User"; --',
  "<script>alert(1)</script>",
  "../../../etc/passwd",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "${7*7}",
  "\r\nSet-Cookie: x=1",
  "💥💥💥",
  "A".repeat(81),
];

/** One character repeated 1,000–60,000 times: far beyond every field's limit, below the body limits only sometimes. */
export const hugeString = fc
  .tuple(fc.constantFrom("x", "é", "💥", "\u0000", "<", "9", "-"), fc.integer({ min: 1_000, max: 60_000 }))
  .map(([c, n]) => c.repeat(n));

export const hostileString = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: hugeString, weight: 1 },
);

const NUMBER_LITERALS = [
  "1e999",
  "-1e999",
  "-0",
  "1e308",
  "-1e308",
  "5e-324",
  "1E+2",
  "0.1",
  "123456789012345678901234567890",
  "9007199254740993",
  "2147483648",
];

/** Any JSON scalar, as text, with the awkward numbers JSON.parse turns into Infinity, -0 or rounded integers. */
export const hostileScalarText = fc.oneof(
  { arbitrary: hostileString.map((s) => JSON.stringify(s)), weight: 4 },
  { arbitrary: fc.constantFrom(...NUMBER_LITERALS), weight: 2 },
  { arbitrary: fc.integer().map(String), weight: 1 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)), weight: 1 },
  { arbitrary: fc.constantFrom("true", "false", "null"), weight: 1 },
);

const keyArb = (realKeys: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...POLLUTION_KEYS),
    fc.string({ maxLength: 12 }),
    ...(realKeys.length ? [fc.constantFrom(...realKeys)] : []),
  );

/** Any JSON value as text (objects may repeat keys and use prototype keys), nested a few levels. */
export const hostileJsonText = (realKeys: readonly string[] = []) =>
  fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", maxDepth: 4 },
      hostileScalarText,
      tie("array"),
      tie("object"),
      fc.constant(POLLUTION_PROBE),
    ),
    array: fc.array(tie("value"), { maxLength: 5 }).map((items) => `[${items.join(",")}]`),
    object: fc
      .array(fc.tuple(keyArb(realKeys), tie("value")), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`),
  })).value;

/** Nesting 1,000–10,000 deep, as raw text: arrays, objects, and a chain of "__proto__" keys. */
export const deepJsonText = fc
  .tuple(fc.integer({ min: 1_000, max: 10_000 }), fc.constantFrom("array", "object", "proto"))
  .map(([depth, kind]) =>
    kind === "array"
      ? "[".repeat(depth) + "]".repeat(depth)
      : kind === "object"
        ? '{"a":'.repeat(depth) + "1" + "}".repeat(depth)
        : '{"__proto__":'.repeat(depth) + '{"polluted":"yes"}' + "}".repeat(depth),
  );

/** Text that is not JSON at all, or only almost. */
export const malformedJsonText = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    "}",
    "{not json",
    '{"a":}',
    "[1,2",
    "NaN",
    "undefined",
    "{'a':1}",
    '{"a":1,}',
    "\u0000",
    "\ufeff{}",
    "nul",
  ),
  fc.string({ maxLength: 40 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
);

/** Values at the edges of what storage takes: an unpaired surrogate, integers just past 32 bits, empty containers. */
const BOUNDARY_TEXTS = [
  "null",
  "[]",
  "{}",
  '"\\ud800"',
  '"a\\udfffb"',
  "2147483648",
  "-2147483649",
  "4294967296",
  "-1",
  "1e999",
  "9007199254740993",
  '""',
];

/** A valid body with exactly one thing wrong, as a list of [key, JSON text] entries turned into an object text. */
export type Entries = Array<[string, string]>;
export const objectText = (entries: Entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;

export interface FieldRule {
  /** True when this (parsed) value would be accepted by the server: the fuzz must only send values that are not. */
  valid: (value: unknown) => boolean;
  required: boolean;
}

const parses = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/**
 * Starts from a valid body and corrupts it: one field replaced by a value its rule refuses, one required field
 * dropped, or (for strict schemas) one unexpected key added, prototype keys and forged owner ids among them.
 */
export function corruptedBody(
  valid: Entries,
  rules: Record<string, FieldRule>,
  opts: { strict: boolean; extraValues?: fc.Arbitrary<string> },
) {
  const fields = valid.map(([k]) => k);
  const hostileFor = (field: string) =>
    fc.oneof(hostileJsonText(fields), fc.constantFrom(...BOUNDARY_TEXTS)).filter((text) => {
      const parsed = parses(text);
      return !parsed.ok || !rules[field]!.valid(parsed.value);
    });
  const replace = fc
    .constantFrom(...fields)
    .chain((field) => hostileFor(field).map((bad): Entries => valid.map(([k, v]) => [k, k === field ? bad : v])));
  const required = fields.filter((f) => rules[f]!.required);
  const drop = fc.constantFrom(...required).map((field): Entries => valid.filter(([k]) => k !== field));
  const variants = [replace, ...(required.length ? [drop] : [])];
  if (opts.strict) {
    // A key the body already has would only override it (JSON keeps the last), so extra keys are new ones.
    const extraKey = fc
      .oneof(
        fc.constantFrom(...POLLUTION_KEYS, "userId", "id", "due", "isAdmin"),
        fc.string({ minLength: 1, maxLength: 12 }),
      )
      .filter((k) => !fields.includes(k));
    const extra = fc
      .tuple(extraKey, opts.extraValues ?? hostileJsonText())
      .map(([k, v]): Entries => [...valid, [k, v]]);
    variants.push(extra);
  }
  return fc.oneof(...variants).map(objectText);
}
