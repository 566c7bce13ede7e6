import { describe, expect, test } from "vitest";
import { kindCounts } from "@/components/deck-tile";
import { listDecks } from "@/lib/content/repository";

describe("deck tile kind counts", () => {
  test.each([
    { label: "cards of two kinds", counts: { qaCount: 10, mcqCount: 5, derivationCount: 0 }, text: "10 Q&A · 5 MCQ" },
    { label: "derivations only", counts: { qaCount: 0, mcqCount: 0, derivationCount: 14 }, text: "14 derivations" },
    { label: "one derivation", counts: { qaCount: 3, mcqCount: 0, derivationCount: 1 }, text: "3 Q&A · 1 derivation" },
  ])("$label", ({ counts, text }) => {
    expect(kindCounts(counts)).toBe(text);
  });

  test("every deck's kinds add up to its card count", async () => {
    for (const deck of await listDecks()) {
      expect(deck.qaCount + deck.mcqCount + deck.derivationCount, deck.id).toBe(deck.itemCount);
    }
  });
});
