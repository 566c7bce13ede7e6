import { describe, expect, test } from "vitest";
import { PARTS, wantedParts } from "../../bench/parts";

describe("wantedParts", () => {
  test.each([
    { label: "no arguments run every part", args: [], want: [...PARTS] },
    { label: "--only with a list", args: ["--only", "hardening,cold-start"], want: ["hardening", "cold-start"] },
    { label: "--only= with one part", args: ["--only=engine"], want: ["engine"] },
  ])("$label", ({ args, want }) => {
    expect([...wantedParts(args)].sort()).toEqual([...want].sort());
  });

  test.each([
    { label: "an unknown part", args: ["--only", "hardening,speed"] },
    { label: "an empty list", args: ["--only="] },
    { label: "--only with nothing after it", args: ["--only"] },
  ])("$label is refused, naming the parts there are", ({ args }) => {
    expect(() => wantedParts(args)).toThrow(/--only takes a comma-separated list of: engine, content/);
  });
});
