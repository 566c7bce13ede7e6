// The pages the bench loads in a browser (JavaScript weight, Lighthouse), picked from the real content library.
import path from "node:path";
import { loadContent } from "../lib/content/load";

export interface BenchPage {
  name: string;
  path: string;
  /** Needs a signed-in user (sent as a session cookie). */
  signedIn?: boolean;
}

export interface PagePlan {
  pages: BenchPage[];
  bare: BenchPage;
  /** Q&A card pages checked for KaTeX JavaScript: the measured card, and one that embeds a calculator if any does. */
  katexCards: BenchPage[];
}

export async function pagePlan(root: string): Promise<PagePlan> {
  const lib = await loadContent(path.join(root, "content"));
  const deck = lib.decks[0];
  const qa = lib.items.filter((i) => i.kind === "qa");
  const plain = qa.find(
    (i) =>
      !/<[A-Z]\w*Calculator\b/.test(
        Object.values(i.sections)
          .map((s) => s.source)
          .join("\n"),
      ),
  );
  const withCalculator = qa.find((i) =>
    /<[A-Z]\w*Calculator\b/.test(
      Object.values(i.sections)
        .map((s) => s.source)
        .join("\n"),
    ),
  );
  const exercise = lib.items.find((i) => i.kind === "derivation");
  if (!deck || !plain || !exercise)
    throw new Error("the content library needs a deck, a Q&A card and a derivation exercise");
  const card = { name: "card", path: `/cards/${plain.id}` };
  return {
    pages: [
      { name: "home", path: "/" },
      { name: "deck", path: `/decks/${deck.id}` },
      card,
      { name: "exercise", path: `/cards/${exercise.id}` },
      { name: "review", path: "/review", signedIn: true },
      { name: "playground", path: "/playground" },
    ],
    bare: { name: "bare", path: "/bare" },
    katexCards: withCalculator ? [card, { name: "card with calculator", path: `/cards/${withCalculator.id}` }] : [card],
  };
}
