import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import { ActivationCalculator } from "@/components/calculators/activation-calculator";
import { InitializationCalculator } from "@/components/calculators/initialization-calculator";
import { NormalizationCalculator } from "@/components/calculators/normalization-calculator";
import { OptimizerCalculator } from "@/components/calculators/optimizer-calculator";
import { attempt, labelMessage, type FieldOwner } from "@/components/calculators/parse";
import { EngineInputError } from "@/lib/engine";

// "#tex-ssr" is a build alias (next.config.js); the browser build's empty version serves here, so formulas
// render untypeset and the test stays about the messages.
vi.mock("#tex-ssr", () => import("@/components/calculators/tex-ssr-none"));

/** The text of the calculator's inline messages (role=alert), tags stripped. */
const alerts = (html: string) =>
  [...html.matchAll(/<p[^>]*role="alert"[^>]*>(.*?)<\/p>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, "")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/^⚠ /, ""),
  );

// The browser tour met "fanIn must be a whole number, got 2.5" under the input labelled "fan-in": the messages
// named the code's identifiers, which the learner never sees.
describe("calculator messages name the input by its visible label", () => {
  test.each([
    {
      label: "initialization, fan-in not a whole number",
      render: () => createElement(InitializationCalculator, { fanin: "2.5" }),
      expected: "fan-in must be a whole number, got 2.5",
      code: "fanIn",
    },
    {
      label: "optimizer, negative learning rate",
      render: () => createElement(OptimizerCalculator, { lr: "-1" }),
      expected: "Learning rate η must lie in",
      code: "lr ",
    },
    {
      label: "activation, text where a number goes",
      render: () => createElement(ActivationCalculator, { x: "abc" }),
      expected: "x (pre-activation): “abc” is not a number",
      code: "x:",
    },
    {
      // The library's "running.variance" was owned by its head "running", so the message sat under the running mean.
      label: "normalization, a negative running variance",
      render: () => createElement(NormalizationCalculator, { kind: "batch", mode: "inference", runvar: "-1, 1" }),
      expected: "Running variance (before), entry 1 is -1; a variance is ≥ 0",
      code: "running.variance",
    },
  ])("$label", ({ render, expected, code }) => {
    const [message, ...rest] = alerts(renderToStaticMarkup(render()));
    expect(rest).toEqual([]);
    expect(message).toContain(expected);
    expect(message).not.toContain(code);
  });
});

describe("labelMessage", () => {
  test.each([
    {
      label: "a plain field",
      message: "lr must be > 0",
      field: "lr",
      name: "Learning rate η",
      out: "Learning rate η must be > 0",
    },
    {
      // Counted from 1 as the learner counts what they typed: "entry 1" for logits[1] named the second as the first.
      label: "a vector entry, counted from 1",
      message: "logits[1]: “x” is not a number",
      field: "logits[1]",
      name: "Logits",
      out: "Logits, entry 2: “x” is not a number",
    },
    {
      label: "a matrix entry, row and entry counted from 1",
      message: "x[0][2]: “a” is not a number",
      field: "x[0][2]",
      name: "Inputs x (n × d_in)",
      out: "Inputs x (n × d_in), row 1, entry 3: “a” is not a number",
    },
    {
      label: "a matrix row, counted from 1",
      message: "x[1] has 3 entries; every row needs 2",
      field: "x[1]",
      name: "Inputs x",
      out: "Inputs x, row 2 has 3 entries; every row needs 2",
    },
    {
      label: "a field named inside the sentence, worded label lower-cased",
      message: 'loss "bce" needs output "sigmoid", got "tanh"',
      field: "output",
      name: "Output activation",
      out: 'loss "bce" needs output activation "sigmoid", got "tanh"',
    },
    {
      label: "a symbol label keeps its capital inside the sentence",
      message: "the numbers in W2 are too large",
      field: "W2",
      name: "W2 (h × d_out)",
      out: "the numbers in W2 (h × d_out) are too large",
    },
    {
      label: "a typed value equal to the field's name stays as typed",
      message: "x: “x” is not a number",
      field: "x",
      name: "x (pre-activation)",
      out: "x (pre-activation): “x” is not a number",
    },
    {
      label: "a field inside another word is left alone",
      message: "lrate must be > 0",
      field: "lr",
      name: "Learning rate",
      out: "lrate must be > 0",
    },
  ])("$label", ({ message, field, name, out }) => {
    expect(labelMessage(message, field, name)).toBe(out);
  });
});

describe("which input a field's message belongs to", () => {
  const fail = (field: string) => () => {
    throw new EngineInputError(field, `${field} is wrong`);
  };
  test.each<{ label: string; field: string; owners: Record<string, FieldOwner>; problem: object }>([
    {
      label: "a dotted path owned on its own, over its head",
      field: "running.variance[1]",
      owners: { running: "runmean", "running.variance": "runvar" },
      problem: { input: "runvar", field: "running.variance[1]" },
    },
    {
      label: "only the head owned",
      field: "state.v",
      owners: { state: "start" },
      problem: { input: "start", field: "state.v" },
    },
    {
      label: "another quantity shown beside an input, under its own name",
      field: "eps",
      owners: { eps: { input: "x", label: "ε" } },
      problem: { input: "x", field: "eps", label: "ε" },
    },
    {
      label: "nobody's field: above the results",
      field: "point",
      owners: {},
      problem: { input: null, field: "point" },
    },
  ])("$label", ({ field, owners, problem }) => {
    expect(attempt(fail(field), owners)).toEqual({
      ok: false,
      problem: { ...problem, message: `${field} is wrong` },
    });
  });
});
