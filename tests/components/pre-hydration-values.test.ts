import { describe, expect, test } from "vitest";
import { preHydrationValues, type ControlLike, type RootLike } from "@/components/use-pre-hydration-values";

// The hook's reading step on stand-in elements (the suite has no DOM): what a learner typed before hydration.
const control = (tagName: string, key: { name?: string; id?: string }, value: string): ControlLike => ({
  tagName,
  name: key.name ?? "",
  id: key.id ?? "",
  value,
});

const container = (...controls: ControlLike[]): RootLike => ({
  tagName: "FORM",
  querySelectorAll: (selectors) => {
    expect(selectors).toBe("input, select, textarea");
    return controls;
  },
});

describe("preHydrationValues", () => {
  const state: Record<string, string> = { x: "5", fn: "sigmoid", "W1|0|1": "" };
  const known = (key: string) => (Object.hasOwn(state, key) ? state[key] : undefined);

  test.each([
    {
      label: "a calculator form: a typed input and a picked option, by name",
      root: container(control("INPUT", { name: "x", id: "r1" }, "7"), control("SELECT", { name: "fn" }, "tanh")),
      expected: [
        ["x", "7"],
        ["fn", "tanh"],
      ],
    },
    {
      label: "an untouched form gives nothing",
      root: container(control("INPUT", { name: "x" }, "5"), control("SELECT", { name: "fn" }, "sigmoid")),
      expected: [],
    },
    {
      label: "exercise boxes: no name, so by id",
      root: container(control("INPUT", { id: "W1|0|1" }, "0.25")),
      expected: [["W1|0|1", "0.25"]],
    },
    {
      label: "controls the state does not track are left alone",
      root: container(control("INPUT", { name: "search" }, "adam"), control("TEXTAREA", {}, "note")),
      expected: [],
    },
    {
      label: "a playground control: the root is the control itself",
      root: { ...control("INPUT", { id: "x" }, "9"), querySelectorAll: () => [] },
      expected: [["x", "9"]],
    },
  ] satisfies { label: string; root: RootLike; expected: [string, string][] }[])("$label", ({ root, expected }) => {
    expect(preHydrationValues(root, known)).toEqual(expected);
  });
});
