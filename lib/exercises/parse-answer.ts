import {
  addDependencies,
  create,
  divideDependencies,
  expDependencies,
  logDependencies,
  multiplyDependencies,
  parseDependencies,
  powDependencies,
  sqrtDependencies,
  subtractDependencies,
  tanhDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  type FactoryFunctionMap,
  type MathNode,
} from "mathjs";

// A mathjs instance with only arithmetic in it: plain JS numbers, no units, matrices, assignment or imports.
// Parsing is mathjs's; the whitelist walk below decides what a learner may type.
const math = create(
  {
    parseDependencies,
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    powDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
    expDependencies,
    logDependencies,
    sqrtDependencies,
    tanhDependencies,
    // mathjs types each *Dependencies export as possibly undefined; they are all defined in this version.
  } as FactoryFunctionMap,
  { number: "number" },
);

export const MAX_ANSWER_LENGTH = 200;

const OPERATORS = new Set(["+", "-", "*", "/", "^"]);
const CONSTANTS: Record<string, number> = { e: Math.E, pi: Math.PI };
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/**
 * Names learners write that mathjs lacks, passed in at evaluation: ln for the natural log (mathjs's log), and the
 * logistic sigmoid the exercises' outputs use, as sigmoid or σ. tanh is mathjs's own.
 */
const EXTRA_FUNCTIONS: Record<string, (x: number) => number> = { ln: Math.log, sigmoid, σ: sigmoid };
const FUNCTIONS = new Set(["exp", "log", "sqrt", "tanh", ...Object.keys(EXTRA_FUNCTIONS)]);
const ALLOWED = "numbers, + - * / ^, exp, ln (or log), sqrt, tanh, sigmoid (or σ), e, pi";

export type ParsedAnswer = { ok: true; value: number } | { ok: false; error: string };

function check(node: MathNode): string | undefined {
  switch (node.type) {
    case "ConstantNode":
      return typeof (node as unknown as { value: unknown }).value === "number" ? undefined : "only numbers are allowed";
    case "ParenthesisNode":
      return check((node as unknown as { content: MathNode }).content);
    case "OperatorNode": {
      const op = node as unknown as { op: string; args: MathNode[]; implicit?: boolean };
      if (!OPERATORS.has(op.op)) return `the operator "${op.op}" is not allowed`;
      // "1.5 e-3" and "3e" would read as 1.5·e − 3 and 3·e: almost surely scientific notation typed with a space
      // or without its exponent, so they are refused rather than graded as numbers nobody meant.
      if (op.implicit && op.args[1]?.type === "SymbolNode" && (op.args[1] as unknown as { name: string }).name === "e")
        return "write scientific notation without spaces (1.5e-3), or 2*e for 2·e";
      return op.args.map(check).find(Boolean);
    }
    case "SymbolNode": {
      const name = (node as unknown as { name: string }).name;
      return name in CONSTANTS ? undefined : `unknown name "${name}" (use ${ALLOWED})`;
    }
    case "FunctionNode": {
      const fn = node as unknown as { fn: { name?: string }; args: MathNode[] };
      if (!fn.fn.name || !FUNCTIONS.has(fn.fn.name))
        return `the function "${fn.fn.name ?? "?"}" is not allowed (use ${ALLOWED})`;
      if (fn.args.length !== 1) return `${fn.fn.name} takes one argument`;
      return fn.args.map(check).find(Boolean);
    }
    default:
      return "only arithmetic is allowed";
  }
}

/**
 * Reads one numeric answer: decimals, fractions (`3/8`), scientific notation (`1.5e-3`) and arithmetic such as
 * `0.25*(1-0.25)` or `sigmoid(0.4)`. Never throws; an unreadable answer returns a message fit to show next to the input.
 */
export function parseAnswer(input: string): ParsedAnswer {
  const text = input.trim();
  if (text === "") return { ok: false, error: "empty" };
  if (text.length > MAX_ANSWER_LENGTH)
    return { ok: false, error: `too long (at most ${MAX_ANSWER_LENGTH} characters)` };
  // Accept a unicode minus, typeset product and division signs (as copied from a formula) and a decimal comma
  // typed by habit; all are unambiguous in a single-number field.
  const normalized = text
    .replace(/[\u2212\u2013]/g, "-")
    .replace(/[\u00d7\u00b7\u22c5]/g, "*")
    .replace(/\u00f7/g, "/")
    .replace(/^(-?\d+),(\d+)$/, "$1.$2");
  // Most answers are plain decimals: read those without building and compiling an expression tree. mathjs reads
  // such a literal with Number() too (config number: "number"), so the value and the messages are the same.
  if (PLAIN_DECIMAL.test(normalized)) return finite(Number(normalized));
  return parseExpression(normalized);
}

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function finite(value: unknown): ParsedAnswer {
  if (typeof value !== "number" || Number.isNaN(value)) return { ok: false, error: "is not a real number" };
  if (!Number.isFinite(value)) return { ok: false, error: "is infinite" };
  return { ok: true, value };
}

/** The general path: mathjs parses, the whitelist walk vets, mathjs evaluates. Exported for the equivalence test. */
export function parseExpression(normalized: string): ParsedAnswer {
  let node: MathNode;
  try {
    node = math.parse(normalized);
  } catch {
    return { ok: false, error: "not a number or expression" };
  }
  const problem = check(node);
  if (problem) return { ok: false, error: problem };
  let value: unknown;
  try {
    value = node.compile().evaluate({ ...CONSTANTS, ...EXTRA_FUNCTIONS });
  } catch {
    return { ok: false, error: "cannot be evaluated" };
  }
  return finite(value);
}
