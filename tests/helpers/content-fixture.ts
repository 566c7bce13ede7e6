import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Writes a throwaway content folder: `files` maps paths under it to their text. */
export function contentFixture(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "gradwise-content-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

export const deckFile = (id: string) =>
  `---\nid: ${id}\ntitle: Deck ${id}\ndescription: A deck used by the tests only.\norder: 1\n---\nIntro with $x^2$.\n`;

export const qaFile = (
  fields: Record<string, string>,
  body = "## Question\n\nWhat is $a$?\n\n## Answer\n\nIt is $b$.\n",
) => {
  const fm = { id: "q-one", kind: "qa", deck: "d1", difficulty: "easy", tags: "[t1]", title: "A question", ...fields };
  const lines = Object.entries(fm)
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
};

export const mcqFile = (id: string, choices: string) =>
  `---\nid: ${id}\nkind: mcq\ndeck: d1\ndifficulty: medium\ntags: [t1]\ntitle: A choice\nchoices:\n${choices}\n---\n\n## Question\n\nWhich one?\n`;
