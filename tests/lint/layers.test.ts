import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, test } from "vitest";

// The layer rule (eslint.config.mjs, docs/architecture.md) run through ESLint itself on made-up files placed in the
// tree: each arrow that runs back up must fail the lint, and each allowed arrow must pass. Paths are resolved, so an
// alias and a relative path are the same import.
const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });
const RULE = "import/no-restricted-paths";

async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe("the layer lint", () => {
  test.each([
    { label: "the engine imports server plumbing", file: "lib/engine/probe.ts", from: "@/lib/server/env" },
    { label: "the engine imports a domain module", file: "lib/engine/probe.ts", from: "@/lib/srs/settings" },
    { label: "lib/ imports a component", file: "lib/review/probe.ts", from: "@/components/ui/button" },
    { label: "a component imports a page", file: "components/probe.tsx", from: "@/app/layout" },
    { label: "exercises import content", file: "lib/exercises/probe.ts", from: "@/lib/content/schema" },
    { label: "a relative path that runs back up", file: "lib/exercises/probe.ts", from: "../content/schema" },
    { label: "a domain module imports data access", file: "lib/srs/probe.ts", from: "@/lib/review/data" },
    { label: "auth imports review", file: "lib/auth/probe.ts", from: "@/lib/review/data" },
    { label: "server plumbing imports content", file: "lib/server/probe.ts", from: "@/lib/content/repository" },
    { label: "a component touches the database", file: "components/probe.tsx", from: "@/lib/server/db" },
    { label: "content imports the database", file: "lib/content/probe.ts", from: "@/lib/server/db" },
    { label: "a fact table imports content's loader", file: "content/facts/probe.ts", from: "@/lib/content/facts" },
  ])("fails when $label", async ({ file, from }) => {
    const errors = await layerErrors(file, `import * as probe from "${from}";\nexport { probe };\n`);
    expect(errors).toHaveLength(1);
  });

  test.each([
    { label: "a page imports data access", file: "app/probe.tsx", from: "@/lib/review/data" },
    { label: "a component imports the engine", file: "components/probe.tsx", from: "@/lib/engine" },
    { label: "content imports exercise definitions", file: "lib/content/probe.ts", from: "@/lib/exercises/definition" },
    { label: "review imports auth", file: "lib/review/probe.ts", from: "@/lib/auth/session" },
    { label: "data access touches the database", file: "lib/auth/probe.ts", from: "@/lib/server/db" },
    { label: "a fact table takes the Fact type", file: "content/facts/probe.ts", from: "@/lib/content/fact-types" },
  ])("passes when $label", async ({ file, from }) => {
    const errors = await layerErrors(file, `import * as probe from "${from}";\nexport { probe };\n`);
    expect(errors).toEqual([]);
  });
});
