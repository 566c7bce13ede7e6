import MiniSearch, { type SearchOptions } from "minisearch";
import type { ItemSource } from "./load";

// Words are runs of letters and digits; a dot between digits stays inside the word, so the fact 0.0066 is one
// term (MiniSearch's default splits on every punctuation mark and would index "0" and "0066").
const WORD = /[\p{L}\p{N}]+(?:\.\p{N}+)*/gu;
export function searchTerms(text: string): string[] {
  return text.match(WORD) ?? [];
}

// Queries longer than this are cut: a pasted paragraph should not make one search walk the index hundreds of times.
const MAX_QUERY_TERMS = 12;

interface Indexed {
  id: string;
  title: string;
  tags: string;
  text: string;
}

const searchOptions: SearchOptions = {
  // Every word must match, so adding a word narrows the results.
  combineWith: "AND",
  // Title words weigh most: a card about softmax outranks one that mentions softmax in its answer.
  boost: { title: 4, tags: 2, text: 1 },
  // Any word may be the start of a longer one ("grad descent" finds gradient descent, "backprop" backpropagation), the
  // last one however short (it may still be being typed); earlier words from three letters, so "a" or "of" in a
  // question-like query do not match every word they begin.
  prefix: (term, i, terms) => i === terms.length - 1 || term.length >= 3,
  // One typo per five letters for words of five letters or more. Shorter words and numbers must be exact: at four
  // letters one edit turns relu into gelu or rely, adam into adan; and 0.0066 must not find 0.0065.
  fuzzy: (term) => (term.length >= 5 && !/\p{N}/u.test(term) ? 0.2 : false),
};

/** A ranked full-text index over the items of one loaded library. */
export function buildSearchIndex(items: readonly ItemSource[]) {
  const index = new MiniSearch<Indexed>({
    fields: ["title", "tags", "text"],
    tokenize: searchTerms,
    searchOptions,
  });
  // searchText already holds the plain text of every section and choice, facts as numbers and a TeX-squashed
  // copy (see load.ts), so "dW1", "delta2" and 0.0066 match as they did before.
  index.addAll(items.map((i) => ({ id: i.id, title: i.title, tags: i.tags.join(" "), text: i.searchText })));
  const order = new Map(items.map((item, position) => [item.id, position]));

  /** The matching items, best first; equal scores keep library order so results are stable. */
  return function search(query: string): ItemSource[] {
    const terms = searchTerms(query).slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0) return [];
    return index
      .search(terms.join(" "))
      .sort((a, b) => b.score - a.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .flatMap((r) => {
        const item = items[order.get(r.id) ?? -1];
        return item ? [item] : [];
      });
  };
}

export type SearchIndex = ReturnType<typeof buildSearchIndex>;
