import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import { askedQuantities, buildInstance } from "../exercises/instance";
import { factKeysIn, isFactKey } from "./facts";
import { compileMdx, MdxCompileError, mdxToPlainText } from "./mdx";
import {
  deckFrontmatterSchema,
  DIFFICULTIES,
  itemFrontmatterSchema,
  registrySchema,
  SECTION_RULES,
  theoryFrontmatterSchema,
  type DeckFrontmatter,
  type ItemFrontmatter,
  type Registry,
  type TheoryFrontmatter,
} from "./schema";

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join("\n"),
    );
    this.name = "ContentError";
  }
}

export interface Section {
  source: string;
  /** 1-based line in the file where the section's text starts, for error messages. */
  line: number;
}

export type DeckSource = DeckFrontmatter & { file: string; intro: Section };
export type ItemSource = ItemFrontmatter & {
  file: string;
  sections: Partial<Record<SectionName, Section>>;
  /** Lower-cased searchable text of the title, every section and every choice. */
  searchText: string;
};
export type SectionName = "question" | "answer" | "explanation";

export type TheorySource = TheoryFrontmatter & { file: string; body: Section };

export interface ContentLibrary {
  decks: DeckSource[];
  items: ItemSource[];
  theory: TheorySource[];
}

const SECTION_HEADING = /^##[ \t]+(question|answer|explanation)[ \t]*$/i;

async function listMdx(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".mdx"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field:
      issue.path.length === 0
        ? "frontmatter"
        : issue.path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join(""),
    message: issue.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : issue.message,
  }));
}

/**
 * Front matter is YAML (or JSON). gray-matter would run a `---js` block through eval (GHSA-j9gx-vjm3-jpmm, no fixed
 * release): content is ours, but a file in content/ must never run code in the build or on the server.
 */
const FRONTMATTER_OPTIONS = {
  engines: {
    javascript: () => {
      throw new Error("JavaScript front matter (---js) is refused: it would run as code; write YAML");
    },
  },
};

function readFrontmatter(file: string, raw: string, problems: ContentProblem[]) {
  try {
    const parsed = matter(raw, FRONTMATTER_OPTIONS);
    const bodyStartLine = raw.split("\n").length - parsed.content.split("\n").length + 1;
    return { data: parsed.data as unknown, body: parsed.content, bodyStartLine };
  } catch (error) {
    problems.push({
      file,
      field: "frontmatter",
      message: `is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
    });
    return undefined;
  }
}

/** Splits an item body into its `## Question` / `## Answer` / `## Explanation` sections. */
export function splitSections(
  body: string,
  bodyStartLine: number,
): { sections: Partial<Record<SectionName, Section>>; problems: Array<{ field: string; message: string }> } {
  const lines = body.split("\n");
  const sections: Partial<Record<SectionName, Section>> = {};
  const problems: Array<{ field: string; message: string }> = [];
  let current: { name: SectionName; start: number; lines: string[] } | undefined;
  const close = () => {
    if (!current) return;
    sections[current.name] = { source: current.lines.join("\n").trim(), line: current.start };
  };
  lines.forEach((line, i) => {
    const heading = SECTION_HEADING.exec(line);
    if (heading) {
      close();
      const name = heading[1]!.toLowerCase() as SectionName;
      if (sections[name]) problems.push({ field: `## ${heading[1]}`, message: "appears twice" });
      current = { name, start: bodyStartLine + i + 1, lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim() !== "") {
      problems.push({ field: "body", message: `line ${bodyStartLine + i}: text before the first ## section heading` });
    }
  });
  close();
  return { sections, problems };
}

function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

async function loadDeck(root: string, absolute: string, problems: ContentProblem[]): Promise<DeckSource | undefined> {
  const file = path.relative(root, absolute);
  const fm = readFrontmatter(file, await readFile(absolute, "utf8"), problems);
  if (!fm) return undefined;
  const parsed = deckFrontmatterSchema.safeParse(fm.data);
  if (!parsed.success) {
    problems.push(...zodProblems(file, parsed.error));
    return undefined;
  }
  if (path.basename(absolute, ".mdx") !== parsed.data.id) {
    problems.push({ file, field: "id", message: `must match the file name (${parsed.data.id}.mdx)` });
  }
  return { ...parsed.data, file, intro: { source: fm.body.trim(), line: fm.bodyStartLine } };
}

async function loadTheory(
  root: string,
  absolute: string,
  problems: ContentProblem[],
): Promise<TheorySource | undefined> {
  const file = path.relative(root, absolute);
  const fm = readFrontmatter(file, await readFile(absolute, "utf8"), problems);
  if (!fm) return undefined;
  const parsed = theoryFrontmatterSchema.safeParse(fm.data);
  if (!parsed.success) {
    problems.push(...zodProblems(file, parsed.error));
    return undefined;
  }
  if (path.basename(absolute, ".mdx") !== parsed.data.deck) {
    problems.push({ file, field: "deck", message: `must match the file name (${parsed.data.deck}.mdx)` });
  }
  if (fm.body.trim() === "") problems.push({ file, field: "body", message: "is empty" });
  return { ...parsed.data, file, body: { source: fm.body.trim(), line: fm.bodyStartLine } };
}

async function loadItem(root: string, absolute: string, problems: ContentProblem[]): Promise<ItemSource | undefined> {
  const file = path.relative(root, absolute);
  const fm = readFrontmatter(file, await readFile(absolute, "utf8"), problems);
  if (!fm) return undefined;
  const parsed = itemFrontmatterSchema.safeParse(fm.data);
  if (!parsed.success) {
    problems.push(...zodProblems(file, parsed.error));
    return undefined;
  }
  const item = parsed.data;
  if (path.basename(absolute, ".mdx") !== item.id) {
    problems.push({ file, field: "id", message: `must match the file name (${item.id}.mdx)` });
  }
  const { sections, problems: sectionProblems } = splitSections(fm.body, fm.bodyStartLine);
  problems.push(...sectionProblems.map((p) => ({ file, ...p })));
  const rules = SECTION_RULES[item.kind];
  const allowed: readonly string[] = [...rules.required, ...rules.optional];
  for (const name of rules.required) {
    const section = sections[name as SectionName];
    if (!section) problems.push({ file, field: `## ${capitalized(name)}`, message: "is missing" });
    else if (section.source === "") problems.push({ file, field: `## ${capitalized(name)}`, message: "is empty" });
  }
  for (const name of Object.keys(sections)) {
    if (!allowed.includes(name)) {
      problems.push({ file, field: `## ${capitalized(name)}`, message: `is not a section of a ${item.kind} item` });
    }
  }
  if (item.kind === "derivation") problems.push(...derivationProblems(file, item));
  const choiceText =
    item.kind === "mcq" ? item.choices.flatMap((c) => [c.text, c.why]) : item.kind === "derivation" ? item.hints : [];
  const plain = [item.title, ...item.tags, ...Object.values(sections).map((s) => s.source), ...choiceText]
    .map(mdxToPlainText)
    .join(" ")
    .toLowerCase();
  // Math is kept as TeX (W_1, \delta_{2}); a learner types "dW1" or "delta2". A copy without TeX's
  // subscript, brace and command marks lets those words match too.
  const squashed = plain.replace(/[_{}^\\]/g, "");
  const searchText = squashed === plain ? plain : `${plain} ${squashed}`;
  return { ...item, file, sections, searchText };
}

/** An exercise must produce a valid instance for any seed, and every ask must fit the network's shapes. */
function derivationProblems(file: string, item: Extract<ItemFrontmatter, { kind: "derivation" }>): ContentProblem[] {
  try {
    askedQuantities(item);
  } catch (error) {
    return [{ file, field: "ask", message: (error as Error).message }];
  }
  for (const seed of [0, 1, 2, 12345]) {
    try {
      buildInstance(item, seed);
    } catch (error) {
      const field = (error as { field?: string }).field;
      return [
        { file, field: field ? `network (${field})` : "network", message: `seed ${seed}: ${(error as Error).message}` },
      ];
    }
  }
  return [];
}

const difficultyRank = (d: (typeof DIFFICULTIES)[number]) => DIFFICULTIES.indexOf(d);

/** Every MDX fragment of the library with the field name an author would look for. */
function fragments(library: ContentLibrary): Array<{ file: string; field: string; source: string; line: number }> {
  const out: Array<{ file: string; field: string; source: string; line: number }> = [];
  for (const deck of library.decks) out.push({ file: deck.file, field: "body", ...deck.intro });
  for (const page of library.theory) out.push({ file: page.file, field: "body", ...page.body });
  for (const item of library.items) {
    for (const [name, section] of Object.entries(item.sections)) {
      out.push({ file: item.file, field: `## ${capitalized(name)}`, ...section });
    }
    if (item.kind === "derivation") {
      item.hints.forEach((h, i) => out.push({ file: item.file, field: `hints[${i}]`, source: h, line: 0 }));
    }
    if (item.kind === "mcq") {
      item.choices.forEach((c, i) => {
        out.push({ file: item.file, field: `choices[${i}].text`, source: c.text, line: 0 });
        out.push({ file: item.file, field: `choices[${i}].why`, source: c.why, line: 0 });
      });
    }
  }
  return out;
}

export interface LoadOptions {
  /** Compile every fragment (MDX and TeX). Tests and the build do; the running app compiles lazily. */
  compile?: boolean;
}

/**
 * Reads and validates the whole library under `root`. Throws one ContentError listing every problem,
 * each naming its file and field, so an author fixes everything in one pass.
 */
export async function loadContent(root: string, options: LoadOptions = {}): Promise<ContentLibrary> {
  const problems: ContentProblem[] = [];
  const deckFiles = await listMdx(path.join(root, "decks"));
  const itemFiles = await listMdx(path.join(root, "items"));
  const decks = (await Promise.all(deckFiles.map((f) => loadDeck(root, f, problems)))).filter((d) => d !== undefined);
  const items = (await Promise.all(itemFiles.map((f) => loadItem(root, f, problems)))).filter((i) => i !== undefined);
  const theoryFiles = await listMdx(path.join(root, "theory"));
  const theory = (await Promise.all(theoryFiles.map((f) => loadTheory(root, f, problems)))).filter(
    (t) => t !== undefined,
  );

  const deckIds = new Set<string>();
  for (const deck of decks) {
    if (deckIds.has(deck.id))
      problems.push({ file: deck.file, field: "id", message: `duplicate deck id "${deck.id}"` });
    deckIds.add(deck.id);
  }
  const seen = new Map<string, string>();
  for (const item of items) {
    const other = seen.get(item.id);
    if (other) problems.push({ file: item.file, field: "id", message: `duplicate id "${item.id}" (also in ${other})` });
    else seen.set(item.id, item.file);
    if (!deckIds.has(item.deck)) {
      problems.push({
        file: item.file,
        field: "deck",
        message: `unknown deck "${item.deck}" (no decks/${item.deck}.mdx)`,
      });
    }
  }
  for (const item of items) {
    for (const rel of item.related) {
      if (rel === item.id) problems.push({ file: item.file, field: "related", message: "lists the item itself" });
      else if (!seen.has(rel)) problems.push({ file: item.file, field: "related", message: `unknown id "${rel}"` });
    }
  }

  decks.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  items.sort(
    (a, b) =>
      difficultyRank(a.difficulty) - difficultyRank(b.difficulty) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
  for (const page of theory) {
    if (!deckIds.has(page.deck))
      problems.push({ file: page.file, field: "deck", message: `unknown deck "${page.deck}"` });
  }
  const library = { decks, items, theory };

  for (const fragment of fragments(library)) {
    for (const key of factKeysIn(fragment.source)) {
      if (!isFactKey(key))
        problems.push({
          file: fragment.file,
          field: fragment.field,
          message: `unknown fact "${key}" (see lib/content/facts.ts)`,
        });
    }
  }
  if (options.compile) {
    for (const fragment of fragments(library)) {
      try {
        await compileMdx(fragment.source, Math.max(0, fragment.line - 1));
      } catch (error) {
        const message = error instanceof MdxCompileError ? error.message : String(error);
        problems.push({ file: fragment.file, field: fragment.field, message: `does not compile: ${message}` });
      }
    }
  }

  if (problems.length > 0) throw new ContentError(problems);
  return library;
}

export async function readRegistry(root: string): Promise<Registry> {
  const file = path.join(root, "registry.json");
  const parsed = registrySchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new ContentError(zodProblems("registry.json", parsed.error));
  return parsed.data;
}

/**
 * Progress rows point at ids, so a published id may never silently vanish. Returns the problems:
 * published ids that are gone without being retired, retired ids that are still present, and new ids
 * not yet registered (`npm run content:register` adds them).
 */
export function checkRegistry(ids: readonly string[], registry: Registry): ContentProblem[] {
  const current = new Set(ids);
  const retired = new Set(registry.retired.map((r) => r.id));
  const published = new Set(registry.published);
  const problems: ContentProblem[] = [];
  for (const id of registry.published) {
    if (!current.has(id) && !retired.has(id)) {
      problems.push({
        file: "registry.json",
        field: "published",
        message: `id "${id}" was published but no item has it; restore it or move it to "retired" with a reason`,
      });
    }
  }
  for (const id of retired) {
    if (current.has(id))
      problems.push({ file: "registry.json", field: "retired", message: `id "${id}" is retired but still used` });
  }
  for (const id of ids) {
    if (!published.has(id) && !retired.has(id)) {
      problems.push({
        file: "registry.json",
        field: "published",
        message: `new id "${id}" is not registered; run npm run content:register`,
      });
    }
  }
  return problems;
}
