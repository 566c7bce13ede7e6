import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseAnswer, parseExpression } from "@/lib/exercises/parse-answer";

describe("parseAnswer", () => {
  test.each([
    { label: "an integer", input: "3", value: 3 },
    { label: "a decimal", input: "-0.125", value: -0.125 },
    { label: "a leading-dot decimal", input: ".5", value: 0.5 },
    { label: "a fraction", input: "3/8", value: 0.375 },
    { label: "scientific notation", input: "1.5e-3", value: 0.0015 },
    { label: "arithmetic", input: "0.25*(1-0.25)", value: 0.1875 },
    { label: "powers", input: "2^-2", value: 0.25 },
    { label: "exp and log", input: "log(exp(2))", value: 2 },
    { label: "a unicode minus", input: "\u22120.5", value: -0.5 },
    { label: "a decimal comma", input: "0,75", value: 0.75 },
    { label: "surrounding spaces", input: "  1 / 4 ", value: 0.25 },
    { label: "ln as the natural log", input: "ln(e^3)", value: 3 },
    { label: "tanh", input: "tanh(0.5)", value: Math.tanh(0.5) },
    { label: "sigmoid", input: "sigmoid(0.3)", value: 1 / (1 + Math.exp(-0.3)) },
    { label: "σ for sigmoid", input: "σ(0.3)*(1-σ(0.3))", value: 0.24445831169074586 },
    { label: "sigmoid of a large negative number", input: "sigmoid(-1000)", value: 0 },
    { label: "a typeset product sign", input: "0.5\u00d70.2", value: 0.1 },
    { label: "a middle dot", input: "0.5\u00b70.2", value: 0.1 },
    { label: "a dot operator", input: "0.5\u22c50.2", value: 0.1 },
    { label: "a division sign", input: "1\u00f74", value: 0.25 },
  ])("reads $label", ({ input, value }) => {
    const parsed = parseAnswer(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toBeCloseTo(value, 12);
  });

  test.each([
    { label: "empty input", input: "   ", error: /empty/ },
    { label: "NaN", input: "NaN", error: /not a real number/ },
    { label: "Infinity", input: "Infinity", error: /infinite/ },
    { label: "an overflow", input: "1e400", error: /infinite/ },
    { label: "division by zero", input: "1/0", error: /infinite/ },
    { label: "log of a negative number", input: "log(-1)", error: /real number/ },
    { label: "an assignment", input: "x = 2", error: /only arithmetic/ },
    { label: "a function definition", input: "f(x) = x", error: /only arithmetic/ },
    { label: "a matrix", input: "[1, 2]", error: /only arithmetic/ },
    { label: "an unknown function", input: "import(1)", error: /not allowed \(use .*exp, ln/ },
    { label: "ln of zero", input: "ln(0)", error: /infinite/ },
    { label: "sigmoid with two arguments", input: "sigmoid(1, 2)", error: /takes one argument/ },
    { label: "a function name on its own", input: "sigmoid", error: /unknown name "sigmoid"/ },
    { label: "a unit", input: "5 cm", error: /unknown name|not allowed|only/ },
    { label: "a string", input: '"hello"', error: /only numbers/ },
    { label: "garbage", input: "1+*", error: /not a number/ },
    { label: "a 10 MB string", input: "1".repeat(10_000_000), error: /too long/ },
  ])("rejects $label with a message", ({ input, error }) => {
    const parsed = parseAnswer(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });

  test("property: every finite double typed as text reads back exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const parsed = parseAnswer(String(x));
        expect(parsed).toEqual({ ok: true, value: x === 0 ? 0 : x });
      }),
    );
  });

  test("property: never throws, whatever the input", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void parseAnswer(s)));
  });
});

describe("parseAnswer's plain-decimal shortcut", () => {
  // Plain decimals skip mathjs; whatever the shortcut reads must be exactly what the expression path reads.
  const decimal = fc
    .tuple(
      fc.boolean(),
      fc.stringMatching(/^\d{1,25}$/),
      fc.option(fc.stringMatching(/^\d{1,25}$/)),
      fc.option(fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), fc.stringMatching(/^\d{1,4}$/))),
    )
    .map(
      ([neg, int, frac, exp]) => `${neg ? "-" : ""}${int}${frac === null ? "" : `.${frac}`}${exp ? exp.join("") : ""}`,
    );

  test("property: a plain decimal reads as mathjs reads it, overflow and negative zero included", () => {
    fc.assert(
      fc.property(decimal, (text) => {
        expect(parseAnswer(text)).toEqual(parseExpression(text));
      }),
      { numRuns: 2000 },
    );
  });

  test.each(["-0", "0.000", "007", "1e400", "-1e400", "1e-400", "-1e-400", "9007199254740993", "1E5", "2e+3"])(
    "%s reads as mathjs reads it",
    (text) => {
      expect(parseAnswer(text)).toEqual(parseExpression(text));
    },
  );
});

describe("a number written next to e", () => {
  // mathjs reads "1.5 e-3" as 1.5·e − 3 (implicit multiplication by the constant e) = 1.077, and "3e" (an exponent
  // never typed) as 3·e: a learner who meant scientific notation was graded on a number they never wrote.
  test.each([
    { label: "a space before the exponent", input: "1.5 e-3" },
    { label: "a space before a positive exponent", input: "2 e+3" },
    { label: "an exponent left off", input: "3e" },
    { label: "a decimal and a bare e", input: "0.5e" },
    { label: "a parenthesised number next to e", input: "(2)e" },
  ])("refuses $label as ambiguous", ({ input }) => {
    const parsed = parseAnswer(input);
    expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/scientific notation/) });
  });

  test.each([
    { label: "scientific notation", input: "1.5e-3", value: 0.0015 },
    { label: "an explicit product with e", input: "2*e", value: 2 * Math.E },
    { label: "e on its own", input: "e", value: Math.E },
    { label: "e times a number", input: "e*2", value: 2 * Math.E },
    { label: "a number times pi, implicitly", input: "2pi", value: 2 * Math.PI },
    { label: "a number next to a bracket", input: "0.5(1-0.5)", value: 0.25 },
  ])("still reads $label", ({ input, value }) => {
    const parsed = parseAnswer(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toBeCloseTo(value, 12);
  });
});
