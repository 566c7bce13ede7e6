import { describe, expect, test } from "vitest";
import { isTyping, keyActivates, type KeyTarget } from "@/components/key-target";

// The shortcut layers of the card page (components/card-keyboard.tsx) and the review (use-review-keys.ts) take a key
// only when the focused element would not use it itself.
const el = (tag: string, over: Partial<KeyTarget> = {}): KeyTarget => ({
  tag,
  type: "",
  editable: false,
  control: null,
  ...over,
});

describe("isTyping", () => {
  test.each([
    { label: "a text field", target: el("INPUT", { type: "text" }), typing: true },
    { label: "a number field", target: el("INPUT", { type: "number" }), typing: true },
    { label: "a search field", target: el("INPUT", { type: "search" }), typing: true },
    { label: "a text area", target: el("TEXTAREA"), typing: true },
    { label: "a select", target: el("SELECT"), typing: true },
    { label: "a contenteditable element", target: el("DIV", { editable: true }), typing: true },
    { label: "a radio (digits pick choices)", target: el("INPUT", { type: "radio" }), typing: false },
    { label: "a checkbox (digits pick choices)", target: el("INPUT", { type: "checkbox" }), typing: false },
    { label: "a link", target: el("A", { control: "link" }), typing: false },
    { label: "the page body", target: el("BODY"), typing: false },
    { label: "no element", target: null, typing: false },
  ])("$label: typing $typing", ({ target, typing }) => {
    expect(isTyping(target)).toBe(typing);
  });
});

describe("keyActivates", () => {
  test.each([
    { label: "Space on a button", target: el("BUTTON", { control: "button" }), key: " ", native: true },
    { label: "Enter on a button", target: el("BUTTON", { control: "button" }), key: "Enter", native: true },
    { label: "Space on text inside a button", target: el("KBD", { control: "button" }), key: " ", native: true },
    { label: "Space on a summary", target: el("SUMMARY", { control: "summary" }), key: " ", native: true },
    { label: "Enter on a summary", target: el("SUMMARY", { control: "summary" }), key: "Enter", native: true },
    { label: "Enter on a link (it follows it)", target: el("A", { control: "link" }), key: "Enter", native: true },
    // After a client-side navigation focus stays on the header link that was clicked; Space there only scrolls.
    { label: "Space on a link (it only scrolls)", target: el("A", { control: "link" }), key: " ", native: false },
    { label: "a digit on a button", target: el("BUTTON", { control: "button" }), key: "1", native: false },
    { label: "Space on the page body", target: el("BODY"), key: " ", native: false },
    { label: "Space on a radio", target: el("INPUT", { type: "radio" }), key: " ", native: false },
    { label: "Space with no element", target: null, key: " ", native: false },
  ])("$label: the control's own: $native", ({ target, key, native }) => {
    expect(keyActivates(target, key)).toBe(native);
  });
});
