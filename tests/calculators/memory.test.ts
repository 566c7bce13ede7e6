import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  activationMemory,
  checkpointMemory,
  checkpointSweep,
  formatBytes,
  type StackConfig,
} from "@/lib/calculators/memory";
import { expectField } from "./helpers";

const MLP: StackConfig = { kind: "mlp", batch: 32, width: 1024, depth: 16, bytesPerValue: 4 };
/** GPT-2 small-ish: s = 1024, b = 1, h = 768, a = 12, L = 12 at 16-bit. */
const GPT2: StackConfig = {
  kind: "transformer",
  batch: 1,
  width: 768,
  depth: 12,
  seqLen: 1024,
  heads: 12,
  bytesPerValue: 2,
};

describe("activationMemory", () => {
  test.each([
    { label: "MLP: L·2·B·W values", config: MLP, perLayerValues: 65_536, totalBytes: 4 * 1_048_576 },
    {
      label: "transformer: 34sbh + 5as²b bytes per layer at 2 bytes/value (Korthikanti et al.)",
      config: GPT2,
      perLayerValues: (34 * 1024 * 768 + 5 * 12 * 1024 ** 2) / 2,
      totalBytes: 12 * (34 * 1024 * 768 + 5 * 12 * 1024 ** 2),
    },
    {
      label: "fp16 halves the MLP's bytes",
      config: { ...MLP, bytesPerValue: 2 },
      perLayerValues: 65_536,
      totalBytes: 2 * 1_048_576,
    },
  ])("$label", ({ config, perLayerValues, totalBytes }) => {
    const r = activationMemory(config);
    expect(r.perLayerValues).toBe(perLayerValues);
    expect(r.totalBytes).toBe(totalBytes);
    expect(r.formula).toContain(formatBytes(totalBytes));
  });

  test("memory is linear in batch and depth", () => {
    const base = activationMemory(MLP).totalBytes;
    expect(activationMemory({ ...MLP, batch: 64 }).totalBytes).toBe(2 * base);
    expect(activationMemory({ ...MLP, depth: 48 }).totalBytes).toBe(3 * base);
  });
});

describe("checkpointMemory", () => {
  test.each([
    {
      label: "every 4 of 16 layers",
      every: 4 as const,
      k: 4,
      checkpoints: 3,
      peakValues: 3 * 32_768 + 4 * 65_536,
      recomputedLayers: 12,
      extraForwardFraction: 0.75,
    },
    {
      label: "√L = 4 for 16 layers",
      every: "sqrt" as const,
      k: 4,
      checkpoints: 3,
      peakValues: 360_448,
      recomputedLayers: 12,
      extraForwardFraction: 0.75,
    },
    {
      label: "every layer",
      every: 1,
      k: 1,
      checkpoints: 15,
      peakValues: 15 * 32_768 + 65_536,
      recomputedLayers: 15,
      extraForwardFraction: 15 / 16,
    },
    {
      label: "k = L is no checkpointing",
      every: 16,
      k: 16,
      checkpoints: 0,
      peakValues: 16 * 65_536,
      recomputedLayers: 0,
      extraForwardFraction: 0,
    },
    {
      label: "uneven: every 5 of 16 (last segment 1 layer)",
      every: 5,
      k: 5,
      checkpoints: 3,
      peakValues: 3 * 32_768 + 5 * 65_536,
      recomputedLayers: 15,
      extraForwardFraction: 15 / 16,
    },
  ])("MLP: $label", ({ every, k, checkpoints, peakValues, recomputedLayers, extraForwardFraction }) => {
    const r = checkpointMemory(MLP, every);
    expect(r).toMatchObject({ k, checkpoints, peakValues, recomputedLayers });
    expect(r.peakBytes).toBe(4 * peakValues);
    expect(r.extraForwardFraction).toBeCloseTo(extraForwardFraction, 15);
    expect(r.extraStepFraction).toBeCloseTo(extraForwardFraction / 3, 15);
    expect(r.savedBytes).toBe(r.baselineBytes - r.peakBytes);
  });

  test("on a transformer, √L checkpointing saves most of the memory for ≤ one extra forward", () => {
    const r = checkpointMemory({ ...GPT2, depth: 36 }, "sqrt");
    expect(r.k).toBe(6);
    expect(r.savedFraction).toBeGreaterThan(0.8);
    expect(r.extraForwardFraction).toBeLessThan(1);
  });

  test("checkpointing never costs memory and never more than one extra forward", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<"mlp" | "transformer">("mlp", "transformer"),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        (kind, batch, width, depth, kRaw) => {
          const config: StackConfig = { kind, batch, width, depth, seqLen: 128, heads: 4 };
          const r = checkpointMemory(config, 1 + (kRaw % depth));
          expect(r.peakBytes).toBeLessThanOrEqual(r.baselineBytes);
          expect(r.extraForwardFraction).toBeGreaterThanOrEqual(0);
          expect(r.extraForwardFraction).toBeLessThan(1);
        },
      ),
    );
  });

  test("the sweep covers k = 1 … L and √L is within 10% of its best peak", () => {
    const sweep = checkpointSweep({ ...MLP, depth: 100 });
    expect(sweep.map((c) => c.k)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const best = Math.min(...sweep.map((c) => c.peakBytes));
    expect(checkpointMemory({ ...MLP, depth: 100 }, "sqrt").peakBytes).toBeLessThanOrEqual(best * 1.1);
  });
});

describe("formatBytes", () => {
  test.each([
    { bytes: 0, text: "0 B" },
    { bytes: 512, text: "512 B" },
    { bytes: 1536, text: "1.5 KiB" },
    { bytes: 4 * 1024 ** 2, text: "4 MiB" },
    { bytes: 3 * 1024 ** 3, text: "3 GiB" },
  ])("$bytes → $text", ({ bytes, text }) => expect(formatBytes(bytes)).toBe(text));
});

describe("input validation", () => {
  test.each([
    { label: "batch 0", run: () => activationMemory({ ...MLP, batch: 0 }), field: "batch" },
    { label: "fractional width", run: () => activationMemory({ ...MLP, width: 1.5 }), field: "width" },
    { label: "NaN depth", run: () => activationMemory({ ...MLP, depth: NaN }), field: "depth" },
    { label: "bytes per value 0", run: () => activationMemory({ ...MLP, bytesPerValue: 0 }), field: "bytesPerValue" },
    { label: "Infinity seqLen", run: () => activationMemory({ ...GPT2, seqLen: Infinity }), field: "seqLen" },
    { label: "unknown kind", run: () => activationMemory({ ...MLP, kind: "cnn" as "mlp" }), field: "kind" },
    { label: "k > L", run: () => checkpointMemory(MLP, 17), field: "every" },
    { label: "k 0", run: () => checkpointMemory(MLP, 0), field: "every" },
    { label: "sweep too deep", run: () => checkpointSweep({ ...MLP, depth: 2000 }), field: "depth" },
  ])("$label → field $field", ({ run, field }) => expectField(run, field));
});
