import { describe, expect, test } from "vitest";
import { checkRegistry, ContentError, loadContent, splitSections, type ContentProblem } from "@/lib/content/load";
import { contentFixture, deckFile, mcqFile, qaFile } from "../helpers/content-fixture";

async function problemsOf(files: Record<string, string>, compile = true): Promise<ContentProblem[]> {
  try {
    await loadContent(contentFixture(files), { compile });
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

const deck = { "decks/d1.mdx": deckFile("d1") };
const goodChoices =
  "  - text: 'yes'\n    correct: true\n    why: 'because it is'\n  - text: 'no'\n    why: 'it is not'";

describe("loadContent", () => {
  test("loads a valid library, sorted by difficulty, with searchable text", async () => {
    const root = contentFixture({
      ...deck,
      "items/d1/q-one.mdx": qaFile({ difficulty: "hard" }),
      "items/d1/m-one.mdx": mcqFile("m-one", goodChoices),
    });
    const lib = await loadContent(root, { compile: true });
    expect(lib.decks.map((d) => d.id)).toEqual(["d1"]);
    expect(lib.items.map((i) => i.id)).toEqual(["m-one", "q-one"]);
    const qa = lib.items.find((i) => i.id === "q-one");
    expect(qa?.sections.answer?.source).toBe("It is $b$.");
    expect(qa?.searchText).toContain("what is a?");
  });

  test("loads a theory page next to its deck", async () => {
    const root = contentFixture({
      ...deck,
      "theory/d1.mdx":
        "---\ndeck: d1\ntitle: Theory of d1\nsummary: The theory page for the test deck.\n---\n## Key idea\n\n$a = b$\n",
    });
    const lib = await loadContent(root, { compile: true });
    expect(lib.theory).toMatchObject([
      { deck: "d1", title: "Theory of d1", body: { source: "## Key idea\n\n$a = b$" } },
    ]);
  });

  // Each row: a broken library, and the file and field the error must name.
  test.each([
    {
      label: "missing id",
      files: { ...deck, "items/d1/q-one.mdx": qaFile({ id: "" }) },
      file: "items/d1/q-one.mdx",
      field: "id",
      message: /required/,
    },
    {
      label: "id not kebab-case",
      files: { ...deck, "items/d1/q-one.mdx": qaFile({ id: "Q_One" }) },
      file: "items/d1/q-one.mdx",
      field: "id",
      message: /kebab-case/,
    },
    {
      label: "duplicate id",
      files: { ...deck, "items/d1/q-one.mdx": qaFile({}), "items/other/q-one.mdx": qaFile({}) },
      file: "items/other/q-one.mdx",
      field: "id",
      message: /duplicate id "q-one"/,
    },
    {
      label: "unknown deck",
      files: { ...deck, "items/d1/q-one.mdx": qaFile({ deck: "nope" }) },
      file: "items/d1/q-one.mdx",
      field: "deck",
      message: /unknown deck "nope"/,
    },
    {
      label: "unknown difficulty",
      files: { ...deck, "items/d1/q-one.mdx": qaFile({ difficulty: "extreme" }) },
      file: "items/d1/q-one.mdx",
      field: "difficulty",
      message: /easy, medium, hard/,
    },
    {
      label: "unknown kind",
      files: { ...deck, "items/d1/q-one.mdx": qaFile({ kind: "essay" }) },
      file: "items/d1/q-one.mdx",
      field: "kind",
      message: /qa, mcq/,
    },
    {
      label: "unknown frontmatter field",
      files: { ...deck, "items/d1/q-one.mdx": qaFile({ colour: "red" }) },
      file: "items/d1/q-one.mdx",
      field: "frontmatter",
      message: /unknown field\(s\) colour/,
    },
    {
      label: "MCQ with no correct choice",
      files: {
        ...deck,
        "items/d1/m-one.mdx": mcqFile("m-one", "  - text: 'a'\n    why: 'x y z'\n  - text: 'b'\n    why: 'x y z'"),
      },
      file: "items/d1/m-one.mdx",
      field: "choices",
      message: /at least one correct choice/,
    },
    {
      label: "MCQ with one choice",
      files: { ...deck, "items/d1/m-one.mdx": mcqFile("m-one", "  - text: 'a'\n    correct: true\n    why: 'x y z'") },
      file: "items/d1/m-one.mdx",
      field: "choices",
      message: /at least 2 choices/,
    },
    {
      label: "MCQ choice without its explanation",
      files: {
        ...deck,
        "items/d1/m-one.mdx": mcqFile("m-one", "  - text: 'a'\n    correct: true\n  - text: 'b'\n    why: 'x y z'"),
      },
      file: "items/d1/m-one.mdx",
      field: "choices[0].why",
      message: /every choice explains itself/,
    },
    {
      label: "missing answer section",
      files: { ...deck, "items/d1/q-one.mdx": qaFile({}, "## Question\n\nWhat?\n") },
      file: "items/d1/q-one.mdx",
      field: "## Answer",
      message: /is missing/,
    },
    {
      label: "MDX that does not compile",
      files: { ...deck, "items/d1/q-one.mdx": qaFile({}, "## Question\n\nWhat is <b?\n\n## Answer\n\nYes.\n") },
      file: "items/d1/q-one.mdx",
      field: "## Question",
      message: /does not compile: line 11/,
    },
    {
      label: "TeX that does not compile",
      files: {
        ...deck,
        "items/d1/q-one.mdx": qaFile({}, "## Question\n\nWhy?\n\n## Answer\n\nBecause $\\frac{1}{$.\n"),
      },
      file: "items/d1/q-one.mdx",
      field: "## Answer",
      message: /TeX does not compile/,
    },
    {
      label: "TeX error inside a choice",
      files: {
        ...deck,
        "items/d1/m-one.mdx": mcqFile(
          "m-one",
          "  - text: '$\\badmacro{x}$'\n    correct: true\n    why: 'x y z'\n  - text: 'b'\n    why: 'x y z'",
        ),
      },
      file: "items/d1/m-one.mdx",
      field: "choices[0].text",
      message: /TeX does not compile/,
    },
    {
      label: "YAML that does not parse",
      files: { ...deck, "items/d1/q-one.mdx": "---\nid: [unclosed\n---\n## Question\nx\n## Answer\ny\n" },
      file: "items/d1/q-one.mdx",
      field: "frontmatter",
      message: /not valid YAML/,
    },
    {
      label: "JavaScript front matter, which gray-matter would eval",
      files: {
        ...deck,
        "items/d1/q-one.mdx":
          "---js\n{ id: (globalThis.frontmatterRan = 'q-one') }\n---\n## Question\nx\n## Answer\ny\n",
      },
      file: "items/d1/q-one.mdx",
      field: "frontmatter",
      message: /JavaScript front matter \(---js\) is refused/,
    },
    {
      label: "related id that does not exist",
      files: { ...deck, "items/d1/q-one.mdx": qaFile({ related: "[ghost-card]" }) },
      file: "items/d1/q-one.mdx",
      field: "related",
      message: /unknown id "ghost-card"/,
    },
    {
      label: "file name that does not match the id",
      files: { ...deck, "items/d1/other-name.mdx": qaFile({}) },
      file: "items/d1/other-name.mdx",
      field: "id",
      message: /must match the file name/,
    },
    {
      label: "a theory page for an unknown deck",
      files: {
        ...deck,
        "theory/nope.mdx":
          "---\ndeck: nope\ntitle: Theory of nothing\nsummary: A page for a deck that is not there.\n---\nText.\n",
      },
      file: "theory/nope.mdx",
      field: "deck",
      message: /unknown deck "nope"/,
    },
    {
      label: "a theory page whose file name is not its deck",
      files: {
        ...deck,
        "theory/other.mdx":
          "---\ndeck: d1\ntitle: Theory of d1\nsummary: The theory page for the test deck.\n---\nText.\n",
      },
      file: "theory/other.mdx",
      field: "deck",
      message: /must match the file name/,
    },
    {
      label: "a theory page with broken TeX",
      files: {
        ...deck,
        "theory/d1.mdx":
          "---\ndeck: d1\ntitle: Theory of d1\nsummary: The theory page for the test deck.\n---\n$\\frac{1}{$\n",
      },
      file: "theory/d1.mdx",
      field: "body",
      message: /TeX does not compile/,
    },
    {
      label: "a fact that is not defined",
      files: {
        ...deck,
        "items/d1/q-one.mdx": qaFile({}, '## Question\n\nWhat?\n\n## Answer\n\nIt is <Fact k="no-such-fact" />.\n'),
      },
      file: "items/d1/q-one.mdx",
      field: "## Answer",
      message: /unknown fact "no-such-fact"/,
    },
    {
      label: "a fact inside math that is not defined",
      files: {
        ...deck,
        "items/d1/q-one.mdx": qaFile({}, "## Question\n\nWhat?\n\n## Answer\n\nIt is $x = \\fact{no-such-fact}$.\n"),
      },
      file: "items/d1/q-one.mdx",
      field: "## Answer",
      message: /unknown fact "no-such-fact"/,
    },
    {
      label: "deck without a description",
      files: { "decks/d1.mdx": "---\nid: d1\ntitle: Deck\norder: 1\n---\n" },
      file: "decks/d1.mdx",
      field: "description",
      message: /required|expected string/,
    },
  ])("reports $label with its file and field", async ({ files, file, field, message }) => {
    const problems = await problemsOf(files);
    const match = problems.find((p) => p.file === file && p.field === field);
    expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(match?.message).toMatch(message);
  });

  test("the thrown error lists every problem, one per line, as file: field: message", async () => {
    const root = contentFixture({ ...deck, "items/d1/q-one.mdx": qaFile({ deck: "nope", difficulty: "x" }) });
    await expect(loadContent(root)).rejects.toThrow(/items\/d1\/q-one\.mdx: difficulty: .*\n?/);
  });
});

test("JavaScript front matter is refused without being run", async () => {
  const ran = globalThis as { jsFrontmatterRan?: boolean };
  const body = "## Question\nx\n## Answer\ny\n";
  const problems = await problemsOf({
    ...deck,
    "items/d1/q-one.mdx": `---js\n{ id: (globalThis.jsFrontmatterRan = true, "q-one") }\n---\n${body}`,
    "items/d1/q-two.mdx": `---javascript\n{ id: (globalThis.jsFrontmatterRan = true, "q-two") }\n---\n${body}`,
  });
  // Sorted: problems are collected as files finish loading, not in file order (CI saw them either way round).
  expect(
    problems
      .filter((p) => /JavaScript front matter/.test(p.message))
      .map((p) => p.file)
      .sort(),
  ).toEqual(["items/d1/q-one.mdx", "items/d1/q-two.mdx"]);
  expect(ran.jsFrontmatterRan).toBeUndefined();
});

describe("splitSections", () => {
  test("keeps the file line where each section starts", () => {
    const { sections, problems } = splitSections("\n## Question\nQ?\n\n## Answer\nA.\n", 10);
    expect(problems).toEqual([]);
    expect(sections.question).toEqual({ source: "Q?", line: 12 });
    expect(sections.answer).toEqual({ source: "A.", line: 15 });
  });

  test("flags text before the first section and duplicated sections", () => {
    const { problems } = splitSections("stray\n## Answer\na\n## Answer\nb", 1);
    expect(problems.map((p) => p.field)).toEqual(["body", "## Answer"]);
  });
});

describe("checkRegistry", () => {
  test.each([
    { label: "all ids registered", ids: ["a-1", "b-2"], published: ["a-1", "b-2"], retired: [], expected: [] },
    {
      label: "a published id vanished",
      ids: ["a-1"],
      published: ["a-1", "b-2"],
      retired: [],
      expected: [/"b-2" was published/],
    },
    {
      label: "a vanished id that was retired",
      ids: ["a-1"],
      published: ["a-1", "b-2"],
      retired: ["b-2"],
      expected: [],
    },
    {
      label: "a new id not registered",
      ids: ["a-1", "c-3"],
      published: ["a-1"],
      retired: [],
      expected: [/new id "c-3"/],
    },
    {
      label: "a retired id still in use",
      ids: ["a-1"],
      published: ["a-1"],
      retired: ["a-1"],
      expected: [/retired but still used/],
    },
  ])("$label", ({ ids, published, retired, expected }) => {
    const problems = checkRegistry(ids, { published, retired: retired.map((id) => ({ id, reason: "test" })) });
    expect(problems).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(problems[i]?.message).toMatch(re));
  });
});
