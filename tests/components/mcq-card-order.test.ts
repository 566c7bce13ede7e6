import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import type { ItemView } from "@/lib/content/repository";

// Mdx is an async server component, which the static renderer cannot await; the order does not depend on it.
vi.mock("@/components/mdx", () => ({ Mdx: ({ source }: { source: string }) => source }));
const { McqCard } = await import("@/components/mcq-card");

const item = {
  id: "mcq-x",
  sections: { question: "Which?" },
  choices: [
    { text: "Right", correct: true, why: "Because it is." },
    { text: "Wrong A", correct: false, why: "No." },
    { text: "Wrong B", correct: false, why: "No." },
  ],
} as unknown as ItemView;

/** Each shown choice, top to bottom: its key number, the id it sends, its text. */
const shown = (html: string) =>
  [
    ...html.matchAll(
      /data-choice-index="(\d)" data-choice-id="(\d)"[^>]*value="(\d)"\/><kbd[^>]*>(\d)<\/kbd><span[^>]*>([^<]*)</g,
    ),
  ].map((m) => ({ position: Number(m[1]), id: Number(m[2]), value: Number(m[3]), key: Number(m[4]), text: m[5] }));

// The card page listed choices in file order, where the right answer is always first.
describe("an MCQ on its card page", () => {
  test.each([
    { label: "right answer last", order: [2, 1, 0] },
    { label: "right answer in the middle", order: [1, 0, 2] },
  ])("is shown in the given order, keys numbering the shown order, each sending its id: $label", ({ order }) => {
    const html = renderToStaticMarkup(createElement(McqCard, { item, picked: undefined, order }));
    expect(shown(html)).toEqual(
      order.map((id, k) => ({ position: k, id, value: id, key: k + 1, text: item.choices[id]!.text })),
    );
  });

  test("a pick is graded by id wherever the choice is shown", () => {
    const html = renderToStaticMarkup(createElement(McqCard, { item, picked: [0], order: [2, 0, 1] }));
    expect(html).toContain("✓ Correct.");
    const wrong = renderToStaticMarkup(createElement(McqCard, { item, picked: [2], order: [2, 0, 1] }));
    expect(wrong).toContain("✗ Not quite.");
  });
});
