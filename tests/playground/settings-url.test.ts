import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { initMlp, createRandom, MLP_HEADS, MLP_LIMITS } from "@/lib/engine";
import { DATASET_KINDS } from "@/lib/playground/datasets";
import {
  PLAYGROUND_OPTIMIZERS,
  ACTIVATION_CHOICES,
  BATCH_MODES,
  DEFAULT_SETTINGS,
  L2_CHOICES,
  LR_STEPS,
  mlpConfigOf,
  type PlaygroundSettings,
} from "@/lib/playground/settings";
import { SETTINGS_KEYS, settingsFromQuery, settingsToQuery } from "@/lib/playground/settings-url";

/** Every setting the controls can produce. */
const settings: fc.Arbitrary<PlaygroundSettings> = fc.record({
  hidden: fc.array(
    fc.record({
      units: fc.integer({ min: MLP_LIMITS.minUnits, max: MLP_LIMITS.maxUnits }),
      activation: fc.constantFrom(...ACTIVATION_CHOICES),
    }),
    { minLength: MLP_LIMITS.minHidden, maxLength: MLP_LIMITS.maxHidden },
  ),
  head: fc.constantFrom(...MLP_HEADS),
  optimizer: fc.constantFrom(...PLAYGROUND_OPTIMIZERS),
  lrStep: fc.integer({ min: 0, max: LR_STEPS }),
  batch: fc.constantFrom(...BATCH_MODES),
  batchSize: fc.integer({ min: 1, max: 200 }),
  l2: fc.constantFrom(...L2_CHOICES),
  seed: fc.integer({ min: 0, max: 999_999 }),
  dataset: fc.constantFrom(...DATASET_KINDS),
  noise: fc.integer({ min: 0, max: 10 }).map((k) => Number((k * 0.05).toFixed(2))),
  testPercent: fc.constantFrom(10, 20, 30, 40, 50),
});

/** The settings are ones the controls could show and the engine accepts. */
function expectUsable(s: PlaygroundSettings) {
  expect(() => initMlp(mlpConfigOf(s), createRandom(s.seed))).not.toThrow();
  expect(DATASET_KINDS).toContain(s.dataset);
  expect(PLAYGROUND_OPTIMIZERS).toContain(s.optimizer);
  expect(BATCH_MODES).toContain(s.batch);
  expect(L2_CHOICES).toContain(s.l2);
  expect(Number.isInteger(s.lrStep) && s.lrStep >= 0 && s.lrStep <= LR_STEPS).toBe(true);
  expect(Number.isInteger(s.batchSize) && s.batchSize >= 1 && s.batchSize <= 200).toBe(true);
  expect(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 999_999).toBe(true);
  expect(s.noise >= 0 && s.noise <= 0.5 && s.testPercent >= 10 && s.testPercent <= 50).toBe(true);
}

describe("playground settings in the URL", () => {
  test("no query: the defaults", () => {
    expect(settingsFromQuery({})).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromQuery(new URLSearchParams())).toEqual(DEFAULT_SETTINGS);
  });

  test("what is written reads back to the same settings, through a real query string", () => {
    fc.assert(
      fc.property(settings, (s) => {
        const query = new URLSearchParams(settingsToQuery(s));
        expect(settingsFromQuery(new URLSearchParams(query.toString()))).toEqual(s);
        expect(settingsFromQuery(Object.fromEntries(query))).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  test("any strings under every key give usable settings, never an exception", () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.constantFrom("", " ", "NaN", "Infinity", "-1", "1e400", "0x10", "4-tanh.4-tanh.4-tanh.4-tanh", "9-relu"),
      fc.array(fc.string(), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.record(Object.fromEntries(SETTINGS_KEYS.map((k) => [k, anyValue]))), (query) => {
        expectUsable(settingsFromQuery(query));
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    { label: "unknown dataset", key: "dataset", value: "mnist", field: "dataset" },
    { label: "noise above its slider", key: "noise", value: "0.9", field: "noise" },
    { label: "noise in hex", key: "noise", value: "0x1", field: "noise" },
    { label: "negative seed", key: "seed", value: "-3", field: "seed" },
    { label: "fractional seed", key: "seed", value: "1.5", field: "seed" },
    { label: "four hidden layers", key: "layers", value: "2-tanh.2-tanh.2-tanh.2-tanh", field: "hidden" },
    { label: "nine units", key: "layers", value: "9-tanh", field: "hidden" },
    { label: "unknown activation", key: "layers", value: "3-gelu", field: "hidden" },
    { label: "unknown head", key: "head", value: "hinge", field: "head" },
    { label: "unknown optimizer", key: "optimizer", value: "lbfgs", field: "optimizer" },
    { label: "a learning rate of 100", key: "lr", value: "100", field: "lrStep" },
    { label: "a learning rate of 0", key: "lr", value: "0", field: "lrStep" },
    { label: "unknown batch mode", key: "batch", value: "huge", field: "batch" },
    { label: "a batch of 0", key: "batchSize", value: "0", field: "batchSize" },
    { label: "an L2 not offered", key: "l2", value: "0.5", field: "l2" },
  ] satisfies { label: string; key: string; value: string; field: keyof PlaygroundSettings }[])(
    "$label → that setting's default, the others as written",
    ({ key, value, field }) => {
      const written = { ...settingsToQuery({ ...DEFAULT_SETTINGS, seed: 42, dataset: "spiral", optimizer: "sgd" }) };
      const s = settingsFromQuery({ ...written, [key]: value });
      expect(s[field]).toEqual(DEFAULT_SETTINGS[field]);
      const others = (Object.keys(s) as (keyof PlaygroundSettings)[]).filter((k) => k !== field);
      const expected = settingsFromQuery(written);
      for (const k of others) expect(s[k], k).toEqual(expected[k]);
    },
  );

  test.each([
    { label: "a learning rate between stops", query: { lr: "0.05" }, field: "lrStep", value: 17 },
    { label: "the slider's ends", query: { lr: "10" }, field: "lrStep", value: LR_STEPS },
    { label: "noise between stops", query: { noise: "0.07" }, field: "noise", value: 0.05 },
    { label: "a test share between stops", query: { test: "24" }, field: "testPercent", value: 20 },
    {
      label: "three layers",
      query: { layers: "8-relu.1-sigmoid.3-identity" },
      field: "hidden",
      value: [
        { units: 8, activation: "relu" },
        { units: 1, activation: "sigmoid" },
        { units: 3, activation: "identity" },
      ],
    },
  ])("$label snaps to what the controls can show", ({ query, field, value }) => {
    expect(settingsFromQuery(query)[field as keyof PlaygroundSettings]).toEqual(value);
  });

  test("a repeated key counts as malformed", () => {
    expect(settingsFromQuery(new URLSearchParams("seed=5&seed=6")).seed).toBe(DEFAULT_SETTINGS.seed);
    expect(settingsFromQuery({ seed: ["5", "6"] }).seed).toBe(DEFAULT_SETTINGS.seed);
  });

  test("the defaults' query names every key, with the learning rate as the slider shows it", () => {
    expect(settingsToQuery(DEFAULT_SETTINGS)).toEqual({
      dataset: "xor",
      noise: "0.05",
      test: "30",
      seed: "1",
      layers: "4-tanh.2-tanh",
      head: "sigmoid_bce",
      optimizer: "adam",
      lr: "0.032",
      batch: "full",
      batchSize: "16",
      l2: "0",
    });
  });
});
