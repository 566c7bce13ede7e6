import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { POST } from "@/app/api/exercises/[id]/check/route";
import * as solutionRoute from "@/app/api/exercises/[id]/solution/route";
import { loadContent } from "@/lib/content/load";
import { backprop, QUANTITY_ORDER } from "@/lib/engine";
import { askedQuantities, buildInstance, gridOf, type ExerciseDefinition } from "@/lib/exercises/instance";
import { lastAsked } from "@/lib/exercises/solution";

// The route handler called directly, as Next calls it, against an exercise from the real library.
let id: string;
let def: ExerciseDefinition;
let goodAnswers: Record<string, string[][]>;

beforeAll(async () => {
  const lib = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  const ex = lib.items.find((i) => i.kind === "derivation" && i.ask.length >= 2 && !i.ask.some((a) => a.includes("[")));
  if (!ex || ex.kind !== "derivation")
    throw new Error("the library needs a derivation exercise asking whole quantities");
  id = ex.id;
  def = ex;
  const r = backprop(buildInstance(def, 5));
  goodAnswers = Object.fromEntries(
    askedQuantities(def).map((q) => [q.ask, gridOf(r[q.key], q).map((row) => row.map(String))]),
  );
});

function post(
  exerciseId: string,
  body: unknown,
  headers: Record<string, string> = { "content-type": "application/json" },
) {
  const request = new Request(`http://localhost/api/exercises/${exerciseId}/check`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ id: exerciseId }) });
}

describe("GET /api/exercises/[id]/solution", () => {
  const get = (exerciseId: string, query: string) =>
    solutionRoute.GET(new Request(`http://localhost/api/exercises/${exerciseId}/solution${query}`), {
      params: Promise.resolve({ id: exerciseId }),
    });

  test("answers the seed's typeset steps, cacheable by the browser", async () => {
    const res = await get(id, "?seed=5");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, max-age=3600");
    const body = await res.json();
    expect(body).toMatchObject({ exerciseId: id, seed: 5 });
    // Every step from z1 through the last quantity the exercise asks for.
    const keys = (body.solution as Array<{ key: string }>).map((step) => step.key);
    expect(keys).toEqual(QUANTITY_ORDER.slice(0, QUANTITY_ORDER.indexOf(lastAsked(def)) + 1));
    expect(body.solution[0].html).toContain("katex");
  });

  test.each([
    { label: "no seed", exerciseId: () => id, query: "", status: 400 },
    { label: "a seed that is not a number", exerciseId: () => id, query: "?seed=abc", status: 400 },
    // Found by the fuzz test: coercion read hex (and exponents) as numbers; a query seed is digits only.
    { label: "a seed in hex", exerciseId: () => id, query: "?seed=0x10", status: 400 },
    { label: "an unknown exercise", exerciseId: () => "no-such-exercise", query: "?seed=1", status: 404 },
  ])("refuses $label with $status and no caching", async ({ exerciseId, query, status }) => {
    const res = await get(exerciseId(), query);
    expect(res.status).toBe(status);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect((await res.json()).error).toBeTruthy();
  });
});

describe("POST /api/exercises/[id]/check", () => {
  test("grades right answers as right and returns the shape the accounts issue records", async () => {
    const res = await post(id, { seed: 5, answers: goodAnswers, hintsUsed: 1, elapsedMs: 42_000 });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      exerciseId: id,
      seed: 5,
      score: 1,
      firstWrongStep: null,
      mistakes: [],
      hintsUsed: 1,
      elapsedMs: 42000,
    });
    expect(body.quantities.every((q: { ok: boolean }) => q.ok)).toBe(true);
    // The worked solution is its own request (GET …/solution), fetched once per instance, not sent with every check.
    expect(body).not.toHaveProperty("solution");
  });

  test("rebuilds from the seed and never trusts the client: right numbers for seed 5 are wrong for seed 6", async () => {
    const body = await (await post(id, { seed: 6, answers: goodAnswers })).json();
    expect(body.score).toBeLessThan(1);
  });

  test("accepts arithmetic in an entry", async () => {
    const answers = structuredClone(goodAnswers);
    const first = Object.keys(answers)[0]!;
    answers[first]![0]![0] = `(${answers[first]![0]![0]})*2/2`;
    expect((await (await post(id, { seed: 5, answers })).json()).score).toBe(1);
  });

  const badCell = (value: string) => {
    const answers = structuredClone(goodAnswers);
    const first = Object.keys(answers)[0]!;
    answers[first]![0]![0] = value;
    return answers;
  };

  test.each([
    {
      label: "an empty entry",
      body: () => ({ seed: 5, answers: badCell("") }),
      status: 400,
      error: /not readable.*empty/,
    },
    { label: "NaN", body: () => ({ seed: 5, answers: badCell("NaN") }), status: 400, error: /not a real number/ },
    { label: "Infinity", body: () => ({ seed: 5, answers: badCell("Infinity") }), status: 400, error: /infinite/ },
    { label: "1e400", body: () => ({ seed: 5, answers: badCell("1e400") }), status: 400, error: /infinite/ },
    {
      label: "an over-long entry",
      body: () => ({ seed: 5, answers: badCell("1".repeat(500)) }),
      status: 400,
      error: /at most 200/,
    },
    {
      label: "a grid of the wrong shape",
      body: () => {
        const answers = structuredClone(goodAnswers);
        const first = Object.keys(answers)[0]!;
        answers[first] = [...answers[first]!, answers[first]![0]!];
        return { seed: 5, answers };
      },
      status: 400,
      error: /must be a \d+×\d+ grid/,
    },
    { label: "a missing quantity", body: () => ({ seed: 5, answers: {} }), status: 400, error: /missing answer/ },
    {
      label: "a quantity not asked",
      body: () => ({ seed: 5, answers: { ...goodAnswers, dx: [["1"]] } }),
      status: 400,
      error: /not asked/,
    },
    { label: "a negative seed", body: () => ({ seed: -1, answers: goodAnswers }), status: 400, error: /seed/ },
    { label: "a fractional seed", body: () => ({ seed: 1.5, answers: goodAnswers }), status: 400, error: /seed/ },
    { label: "a huge seed", body: () => ({ seed: 2 ** 40, answers: goodAnswers }), status: 400, error: /seed/ },
    { label: "a seed that is text", body: () => ({ seed: "abc", answers: goodAnswers }), status: 400, error: /seed/ },
    // A JSON seed is a number: coercion would read each of these as seed 0, 1 or 5 (found by tests/security/fuzz).
    ...[[], null, true, "", "5", [5]].map((seed) => ({
      label: `the seed ${JSON.stringify(seed)}`,
      body: () => ({ seed, answers: goodAnswers }),
      status: 400,
      error: /seed must be a number/,
    })),
    {
      label: "too many hints",
      body: () => ({ seed: 5, answers: goodAnswers, hintsUsed: 99 }),
      status: 400,
      error: /hintsUsed/,
    },
    {
      label: "an unknown field",
      body: () => ({ seed: 5, answers: goodAnswers, score: 1 }),
      status: 400,
      error: /invalid request/,
    },
    {
      label: "numbers instead of strings",
      body: () => ({ seed: 5, answers: { x: [[1]] } }),
      status: 400,
      error: /invalid request/,
    },
    { label: "invalid JSON", body: () => "{seed: 5", status: 400, error: /not valid JSON/ },
    { label: "a JSON array", body: () => [1, 2], status: 400, error: /invalid request/ },
  ])("refuses $label with a clear 4xx", async ({ body, status, error }) => {
    const res = await post(id, body());
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatch(error);
  });

  test("refuses a 10 MB body before parsing it", async () => {
    const res = await post(id, JSON.stringify({ seed: 5, answers: { a: [["1".repeat(10_000_000)]] } }));
    expect(res.status).toBe(413);
  });

  test("refuses a body that is not JSON by content type", async () => {
    const res = await post(id, "seed=5", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(415);
  });

  test("answers 404 for an unknown exercise and for a card that is not an exercise", async () => {
    expect((await post("no-such-exercise", { seed: 5, answers: goodAnswers })).status).toBe(404);
    expect((await post("bp-delta-recurrence", { seed: 5, answers: goodAnswers })).status).toBe(404);
  });
});
